package id.terpadu.importing;

import id.terpadu.organisation.Roles;
import id.terpadu.person.DuplicateScore;
import id.terpadu.person.NikCheck;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import of persons into the registry (kind {@code persons}, columns in docs/import.md), by supervisors
 * and administrators.
 *
 * <p>Idempotence: a row with a NIK is matched by NIK, else a row with a source id by source id; a match is
 * skipped, never changed. A row with neither is skipped when a stored person (or an earlier row of the same
 * file) is a likely duplicate: same name key ({@code NameMatcher.key}), birth date and village, and a
 * {@link DuplicateScore} of at least {@value DuplicateScore#LIKELY}. Existing records are never updated by an
 * import.
 */
@Component
class PersonImport implements ImportKind {

  static final String NAME = "persons";
  static final List<String> REQUIRED = List.of("name", "sex", "birth_date", "village_code");
  static final List<String> OPTIONAL = List.of("nik", "kk", "birth_place", "phone", "disability", "source_id");
  /** The date used for NIK and birth-date checks: Indonesia's easternmost zone (see NikCheck). */
  static final ZoneId LATEST_ZONE = ZoneId.of("Asia/Jayapura");
  private static final int LOOKUP_SLICE = 500;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate committed;

  PersonImport(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    // The stored persons as committed, without the rows the batch's own transaction stored ahead (ADR 0043).
    this.committed = new TransactionTemplate(transactions);
    this.committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.committed.setReadOnly(true);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> requiredColumns() {
    return REQUIRED;
  }

  @Override
  public List<String> optionalColumns() {
    return OPTIONAL;
  }

  @Override
  public List<String> roles() {
    return List.of(Roles.SUPERVISOR, Roles.ADMIN);
  }

  @Override
  public Batches start(Context context) {
    RegionCodeSet regions = RegionCodeSet.load(jdbc);
    PersonRowValidator validator = new PersonRowValidator(new NikCheck(regions), regions::villageExists,
        context.scope(), LocalDate.now(clock.withZone(LATEST_ZONE)));
    PersonRowWriter writer = PersonRowWriter.forDatabase(jdbc);
    return new Batches() {
      /** NIKs and source ids of the batch prepared before: it may still be uncommitted when the next one stores. */
      private Keys previous = Keys.NONE;

      @Override
      public Outcome store(List<CsvReader.Record> records) {
        return prepare(records).store();
      }

      /** Validation needs no database (region codes are in memory): it runs ahead of the previous batch's store. */
      @Override
      public Prepared prepare(List<CsvReader.Record> records) {
        List<Rejection> rejected = new ArrayList<>();
        List<PersonRow> valid = new ArrayList<>();
        for (CsvReader.Record record : records) {
          PersonRowValidator.Result result = validator.check(context.columns(), record);
          if (result.valid()) {
            valid.add(result.row());
          } else {
            rejected.add(new Rejection(record.line(), result.reason(), record.fields()));
          }
        }
        Split split = Split.of(valid, previous);
        previous = Keys.of(valid);
        return new Prepared() {
          private Integer insertedAhead;

          @Override
          public void storeAhead() {
            insertedAhead = writer.insert(split.ahead(), context.now());
          }

          @Override
          public Outcome store() {
            if (insertedAhead == null) {
              storeAhead();
            }
            int inserted = insertedAhead + writer.insert(withoutLikelyDuplicates(split.after()), context.now());
            return new Outcome(inserted, valid.size() - inserted, rejected);
          }
        };
      }
    };
  }

  /** NIKs and source ids of rows (a batch's valid rows, or those a writer has seen or found stored). */
  record Keys(Set<String> niks, Set<String> sources) {

    static final Keys NONE = new Keys(Set.of(), Set.of());

    static Keys of(List<PersonRow> rows) {
      Keys keys = empty();
      rows.forEach(keys::add);
      return keys;
    }

    static Keys empty() {
      return new Keys(new HashSet<>(), new HashSet<>());
    }

    void add(PersonRow row) {
      if (row.nik() != null) {
        niks.add(row.nik());
      }
      if (row.sourceId() != null) {
        sources.add(row.sourceId());
      }
    }

    boolean holds(PersonRow row) {
      return (row.nik() != null && niks.contains(row.nik()))
          || (row.sourceId() != null && sources.contains(row.sourceId()));
    }
  }

  /**
   * A batch's valid rows in two parts, each in file order (ADR 0043). {@code ahead}: identified rows that share
   * no NIK or source id with the previous batch nor with an earlier row of {@code after}; the unique keys decide
   * about them as they would one after the other, so they may be stored while the previous batch is uncommitted.
   * {@code after}: the rest (rows whose outcome depends on what the previous batch stores, rows that share a key
   * with one of those, and unidentified rows, whose likely-duplicate check reads the stored persons), stored once
   * the previous batch is committed.
   */
  record Split(List<PersonRow> ahead, List<PersonRow> after) {

    static Split of(List<PersonRow> rows, Keys previous) {
      List<PersonRow> ahead = new ArrayList<>();
      List<PersonRow> after = new ArrayList<>();
      Keys waiting = Keys.empty();
      for (PersonRow row : rows) {
        if (row.identified() && !previous.holds(row) && !waiting.holds(row)) {
          ahead.add(row);
        } else {
          after.add(row);
          waiting.add(row);
        }
      }
      return new Split(ahead, after);
    }
  }

  /**
   * The rows to store: identified rows all (the database decides by NIK and source id), unidentified rows only
   * when neither a stored person nor an earlier unidentified row of this batch is a likely duplicate.
   */
  List<PersonRow> withoutLikelyDuplicates(List<PersonRow> rows) {
    List<PersonRow> unidentified = rows.stream().filter(r -> !r.identified()).toList();
    if (unidentified.isEmpty()) {
      return rows;
    }
    Map<String, List<DuplicateScore.Facts>> known = storedCandidates(unidentified);
    Set<PersonRow> duplicates = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (PersonRow row : unidentified) {
      List<DuplicateScore.Facts> candidates = known.computeIfAbsent(blockKey(row), k -> new ArrayList<>());
      DuplicateScore.Facts facts = facts(row);
      if (candidates.stream().anyMatch(c -> DuplicateScore.score(facts, c).score() >= DuplicateScore.LIKELY)) {
        duplicates.add(row);
      } else {
        candidates.add(facts);
      }
    }
    return rows.stream().filter(r -> !duplicates.contains(r)).toList();
  }

  /**
   * Stored persons with the same name key and village as any of the rows, by block key: as committed, read in a
   * transaction of its own, so the rows this batch stored ahead are not among them (they were not stored before
   * this batch either).
   */
  private Map<String, List<DuplicateScore.Facts>> storedCandidates(List<PersonRow> rows) {
    Map<String, List<DuplicateScore.Facts>> byKey = new HashMap<>();
    for (int from = 0; from < rows.size(); from += LOOKUP_SLICE) {
      List<PersonRow> slice = rows.subList(from, Math.min(rows.size(), from + LOOKUP_SLICE));
      Set<String> keys = new LinkedHashSet<>();
      Set<String> villages = new LinkedHashSet<>();
      Set<String> wanted = new HashSet<>();
      for (PersonRow row : slice) {
        keys.add(row.nameKey());
        villages.add(row.villageCode());
        wanted.add(blockKey(row));
      }
      List<Object> args = new ArrayList<>(keys);
      args.addAll(villages);
      String sql = "SELECT nik, name, name_key, birth_date, village_code FROM person WHERE name_key IN ("
          + placeholders(keys.size()) + ") AND village_code IN (" + placeholders(villages.size()) + ")";
      committed.executeWithoutResult(status -> jdbc.query(sql, rs -> {
        LocalDate birthDate = rs.getObject("birth_date", LocalDate.class);
        String key = rs.getString("name_key") + "|" + birthDate + "|" + rs.getString("village_code");
        if (wanted.contains(key)) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new DuplicateScore.Facts(rs.getString("nik"),
              rs.getString("name"), birthDate, null, rs.getString("village_code")));
        }
      }, args.toArray()));
    }
    return byKey;
  }

  private static String blockKey(PersonRow row) {
    return row.nameKey() + "|" + row.birthDate() + "|" + row.villageCode();
  }

  private static DuplicateScore.Facts facts(PersonRow row) {
    return new DuplicateScore.Facts(row.nik(), row.name(), row.birthDate(), null, row.villageCode());
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
