package id.terpadu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WithoutMessagesTest {

  @Test
  void theLoggedChainKeepsTypesAndFramesButNoMessage() {
    IllegalStateException e = new IllegalStateException("child Dimas Pratama 3504011403100001",
        new IllegalArgumentException("Jl. Mawar 12"));
    RuntimeException logged = WithoutMessages.of(e);
    StringWriter printed = new StringWriter();
    logged.printStackTrace(new PrintWriter(printed));

    assertThat(printed.toString()).contains("java.lang.IllegalStateException", "java.lang.IllegalArgumentException",
        "WithoutMessagesTest.theLoggedChainKeepsTypesAndFramesButNoMessage")
        .doesNotContain("Dimas", "3504011403100001", "Mawar");
  }
}
