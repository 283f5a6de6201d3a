package id.terpadu.casefile;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates case numbers {@code ULT-<regency>-<year>-<5 digits>}, one sequence per unit and year, safe
 * with several nodes: the counter row is locked by the update, so numbers are never given twice.
 *
 * <p>The API's intake ({@code intake.IntakeService}) calls {@link #next} in a short transaction of its own, committed
 * before the case is opened, so that the counter is locked from its update to that commit and intakes of the same
 * unit run in parallel (ADR 0025); an intake that fails after its number was taken (the database or engine failing,
 * not invalid input: input is validated first) leaves a gap. The Tasklist start form calls {@link #next} inside
 * the engine's transaction (the counter stays locked until that commits: no gap, one intake of the unit at a time).
 */
@Component
public class CaseNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;

  public CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String regencyCode, int year) {
    if (increment(regencyCode, year) == 0) {
      createCounter(regencyCode, year);
      if (increment(regencyCode, year) == 0) {
        throw new IllegalStateException("Case number counter missing for " + regencyCode + "/" + year);
      }
    }
    Integer value = jdbc.queryForObject(
        "SELECT last_value FROM case_number_counter WHERE regency_code = ? AND case_year = ?",
        Integer.class, regencyCode, year);
    return format(regencyCode, year, value);
  }

  /**
   * Reserves {@code count} consecutive numbers of a unit and year at once (the historical import numbers a
   * batch of cases); returns the first sequence value, to be formatted with {@link #format}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int reserve(String regencyCode, int year, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive");
    }
    if (add(regencyCode, year, count) == 0) {
      createCounter(regencyCode, year);
      if (add(regencyCode, year, count) == 0) {
        throw new IllegalStateException("Case number counter missing for " + regencyCode + "/" + year);
      }
    }
    Integer last = jdbc.queryForObject(
        "SELECT last_value FROM case_number_counter WHERE regency_code = ? AND case_year = ?",
        Integer.class, regencyCode, year);
    return last - count + 1;
  }

  public static String format(String regencyCode, int year, int sequence) {
    return String.format("ULT-%s-%d-%05d", regencyCode, year, sequence);
  }

  private int increment(String regencyCode, int year) {
    return add(regencyCode, year, 1);
  }

  private int add(String regencyCode, int year, int count) {
    return jdbc.update("UPDATE case_number_counter SET last_value = last_value + ? "
        + "WHERE regency_code = ? AND case_year = ?", count, regencyCode, year);
  }

  /** In its own transaction, so that losing the race against another node aborts nothing else. */
  private void createCounter(String regencyCode, int year) {
    try {
      newTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO case_number_counter (regency_code, case_year, last_value) VALUES (?, ?, 0)",
          regencyCode, year));
    } catch (DuplicateKeyException alreadyCreated) {
      // another node created it first: fine
    }
  }
}
