package id.terpadu.process;

import id.terpadu.database.TransactionMemo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Evaluates the rule tables that Terpadu code calls (deadlines, escalation chains, referral routing) and remembers
 * each result per deployed version and inputs.
 *
 * <p>Why: every evaluation through the engine builds a FEEL context (its built-in functions included) and writes a
 * decision instance to the history; profiling the intake showed these two costs dominating (issue 11,
 * {@code docs/benchmarks.md}). A table's result depends only on its version and its inputs, so it is computed once
 * per node. The latest version is read from the database on every call (one indexed query of the engine's
 * definition table, in the caller's transaction, as the engine's own {@code evaluateDecisionTableByKey} reads it but
 * without an engine command around it; once per transaction, {@link TransactionMemo}), so a table deployed by another
 * node is used from the next transaction on; nothing but pure results is kept in memory. The decision history of
 * these calls is not written (ADR 0025).
 */
@Component
public class DecisionTables {

  static final int MAX_ENTRIES = 10_000;

  private record Key(String definitionId, Map<String, Object> inputs) {}

  /** The latest version's id of a table, remembered for the rest of the transaction ({@link TransactionMemo}). */
  private record Latest(String key) {}

  /** The engine's table is not part of the domain schema: its name is the engine's (no table prefix is set). */
  private static final String LATEST = "SELECT ID_ FROM ACT_RE_DECISION_DEF WHERE KEY_ = ? AND TENANT_ID_ IS NULL"
      + " ORDER BY VERSION_ DESC FETCH FIRST 1 ROWS ONLY";

  private final DecisionService decisions;
  private final JdbcTemplate jdbc;
  private final Map<Key, List<Map<String, Object>>> results = new ConcurrentHashMap<>();

  public DecisionTables(DecisionService decisions, JdbcTemplate jdbc) {
    this.decisions = decisions;
    this.jdbc = jdbc;
  }

  /** The single matching rule's outputs of the latest version of the table {@code key}; unmodifiable. */
  public Map<String, Object> singleResult(String key, Map<String, Object> inputs) {
    List<Map<String, Object>> rules = evaluate(key, inputs);
    if (rules.size() != 1) {
      throw new IllegalStateException("Decision " + key + " matched " + rules.size() + " rules, expected one");
    }
    return rules.get(0);
  }

  /** The first matching rule's outputs, or null when no rule matches. */
  public Map<String, Object> firstResult(String key, Map<String, Object> inputs) {
    List<Map<String, Object>> rules = evaluate(key, inputs);
    return rules.isEmpty() ? null : rules.get(0);
  }

  private List<Map<String, Object>> evaluate(String key, Map<String, Object> inputs) {
    String definitionId = TransactionMemo.get(new Latest(key), () -> {
      List<String> latest = jdbc.queryForList(LATEST, String.class, key);
      return latest.isEmpty() ? null : latest.get(0);
    });
    if (definitionId == null) {
      throw new IllegalStateException("Decision " + key + " is not deployed");
    }
    Key cacheKey = new Key(definitionId, Map.copyOf(withoutNulls(inputs)));
    List<Map<String, Object>> cached = results.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    List<Map<String, Object>> computed = Privileged.run(() -> {
      DmnDecisionTableResult result = decisions.evaluateDecisionTableById(definitionId)
          .variables(new HashMap<>(inputs)).evaluate();
      List<Map<String, Object>> rules = new ArrayList<>();
      for (Map<String, Object> rule : result.getResultList()) {
        rules.add(Map.copyOf(withoutNulls(rule)));
      }
      return List.copyOf(rules);
    });
    if (results.size() >= MAX_ENTRIES) {
      results.clear();
    }
    results.put(cacheKey, computed);
    return computed;
  }

  /** Map.copyOf refuses nulls: an input or output that is null is the same as one that is absent. */
  private static Map<String, Object> withoutNulls(Map<String, Object> map) {
    Map<String, Object> copy = new HashMap<>();
    map.forEach((k, v) -> {
      if (v != null) {
        copy.put(k, v);
      }
    });
    return copy;
  }
}
