package id.terpadu.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Lookups remembered until the running transaction ends, and only then. */
class TransactionMemoTest {

  private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(
      new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:transaction-memo;DB_CLOSE_DELAY=-1"));
  private final TransactionTemplate transaction = new TransactionTemplate(transactions);
  private final AtomicInteger reads = new AtomicInteger();

  private Supplier<String> lookup(String answer) {
    return () -> {
      reads.incrementAndGet();
      return answer;
    };
  }

  @Test
  void oneTransactionReadsEachQuestionOnce() {
    transaction.executeWithoutResult(status -> {
      assertThat(TransactionMemo.get("latest:Decision_SlaDeadlines", lookup("v1"))).isEqualTo("v1");
      assertThat(TransactionMemo.get("latest:Decision_SlaDeadlines", lookup("v2"))).isEqualTo("v1");
      assertThat(TransactionMemo.get("latest:Decision_SlaEscalation", lookup("e1"))).isEqualTo("e1");
    });
    assertThat(reads).hasValue(2);
  }

  @Test
  void theNextTransactionReadsAgainAfterACommitOrARollback() {
    transaction.executeWithoutResult(status -> TransactionMemo.get("q", lookup("v1")));
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      assertThat(TransactionMemo.get("q", lookup("v2"))).isEqualTo("v2");
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);
    transaction.executeWithoutResult(status -> assertThat(TransactionMemo.get("q", lookup("v3"))).isEqualTo("v3"));
    assertThat(reads).hasValue(3);
  }

  @Test
  void withoutATransactionEveryCallReads() {
    assertThat(TransactionMemo.get("q", lookup("v1"))).isEqualTo("v1");
    assertThat(TransactionMemo.get("q", lookup("v2"))).isEqualTo("v2");
    assertThat(reads).hasValue(2);
  }

  @Test
  void forgettingAfterAWriteReadsAgain() {
    transaction.executeWithoutResult(status -> {
      TransactionMemo.get("q", lookup("v1"));
      TransactionMemo.forget();
      assertThat(TransactionMemo.get("q", lookup("v2"))).isEqualTo("v2");
    });
    assertThat(reads).hasValue(2);
  }

  @Test
  void noAnswerIsNotRemembered() {
    transaction.executeWithoutResult(status -> {
      assertThat(TransactionMemo.<String>get("q", lookup(null))).isNull();
      assertThat(TransactionMemo.get("q", lookup("v1"))).isEqualTo("v1");
    });
    assertThat(reads).hasValue(2);
  }

  @Test
  void aTransactionOfItsOwnInsideAnotherLeavesTheOuterOnesMemoInPlace() {
    TransactionTemplate inner = new TransactionTemplate(transactions);
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    transaction.executeWithoutResult(status -> {
      TransactionMemo.get("outer", lookup("o1"));
      inner.executeWithoutResult(s -> TransactionMemo.get("inner", lookup("i1")));
      assertThat(TransactionMemo.get("outer", lookup("o2"))).isEqualTo("o1");
    });
    transaction.executeWithoutResult(status -> assertThat(TransactionMemo.get("outer", lookup("o3"))).isEqualTo("o3"));
    assertThat(reads).hasValue(3);
  }
}
