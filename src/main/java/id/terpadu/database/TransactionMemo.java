package id.terpadu.database;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers of plain lookups (the latest version of a rule table, the days off of a period) remembered until the
 * running transaction ends, so that one transaction asks the database once for each: a new case computes the same
 * due date for its first task and for that task's escalation timer, each from the same tables. Nothing outlives
 * the transaction, so every transaction (on every node) still reads what is committed when it first asks. Outside
 * a transaction every call reads.
 */
public final class TransactionMemo {

  private static final Object RESOURCE = new Object();

  private TransactionMemo() {}

  /** The remembered answer for {@code key} in this transaction, or {@code lookup}'s (remembered unless null). */
  @SuppressWarnings("unchecked")
  public static <T> T get(Object key, Supplier<T> lookup) {
    Map<Object, Object> memo = memo();
    if (memo == null) {
      return lookup.get();
    }
    Object known = memo.get(key);
    if (known != null) {
      return (T) known;
    }
    T answer = lookup.get();
    if (answer != null) {
      memo.put(key, answer);
    }
    return answer;
  }

  /** Forgets every answer of this transaction (after a write that may change one). */
  public static void forget() {
    Map<Object, Object> memo = memo();
    if (memo != null) {
      memo.clear();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<Object, Object> memo() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(RESOURCE);
    if (memo == null) {
      Map<Object, Object> created = new HashMap<>();
      TransactionSynchronizationManager.bindResource(RESOURCE, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (TransactionSynchronizationManager.getResource(RESOURCE) == created) {
            TransactionSynchronizationManager.unbindResource(RESOURCE);
          }
        }
      });
      memo = created;
    }
    return memo;
  }
}
