package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The plain forms answer as the FEEL interpreter does, on every value, and the interpreter is asked for nothing else.
 */
class PlainFeelTest {

  private static final FeelEngine INTERPRETER = new ScalaFeelEngineFactory().createInstance();

  /** Counts what reaches the interpreter. */
  private final AtomicInteger interpreted = new AtomicInteger();
  private final PlainFeel.Engine plain = new PlainFeel.Engine(new FeelEngine() {
    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      interpreted.incrementAndGet();
      return INTERPRETER.evaluateSimpleExpression(expression, variables);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String input, VariableContext variables) {
      interpreted.incrementAndGet();
      return INTERPRETER.evaluateSimpleUnaryTests(expression, input, variables);
    }
  });

  private static final List<String> INPUT_ENTRIES = List.of("-", "true", "false", "\"A\"", " \"A\" , \"B\" ",
      "\"KEKERASAN_SEKSUAL\",\"TRAFIKING\"", "\"a,b\"", "\"\"", "true,false", "\"A\",true", "not(\"A\")", "< 5",
      "[1..3]", "\"A\",", ",\"A\"", "\"a\\\"b\"", "trueish", "\"A\" \"B\"", "cellInput = \"A\"", "null");

  private static final List<String> EXPRESSIONS = List.of("value", " value ", "other", "missing", "\"HIGH\"",
      "\"dua kata\"", "true", "false", "\"A\",\"B\"", "\"a\\\"b\"", "value + \"x\"", "not", "null", "\"\"", "1");

  private static final List<Object> VALUES = Arrays.asList("A", "B", "C", "a,b", "", "true", true, false, null, 3,
      3L, 2.5);

  @Test
  void inputEntriesMatchAsTheInterpreterMatchesThem() {
    List<String> differences = new ArrayList<>();
    for (String entry : INPUT_ENTRIES) {
      for (Object value : VALUES) {
        VariableMap variables = Variables.createVariables().putValue("cellInput", value);
        Object expected = outcome(() -> INTERPRETER.evaluateSimpleUnaryTests(entry, "cellInput",
            variables.asVariableContext()));
        Object actual = outcome(() -> plain.evaluateSimpleUnaryTests(entry, "cellInput",
            variables.asVariableContext()));
        if (!Objects.equals(expected, actual)) {
          differences.add(entry + " on " + value + ": " + actual + " instead of " + expected);
        }
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void expressionsEvaluateAsTheInterpreterEvaluatesThem() {
    List<String> differences = new ArrayList<>();
    for (String expression : EXPRESSIONS) {
      for (Object value : VALUES) {
        VariableMap variables = Variables.createVariables().putValue("value", value).putValue("other", "lain");
        Object expected = outcome(() -> INTERPRETER.evaluateSimpleExpression(expression,
            variables.asVariableContext()));
        Object actual = outcome(() -> plain.evaluateSimpleExpression(expression, variables.asVariableContext()));
        if (!Objects.equals(expected, actual)) {
          differences.add(expression + " with value " + value + ": " + actual + " instead of " + expected);
        }
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void theRuleTablesPlainFormsNeverReachTheInterpreter() {
    VariableContext variables = Variables.createVariables().putValue("primaryCategory", "TRAFIKING")
        .putValue("childInDanger", false).asVariableContext();

    assertThat((Object) plain.evaluateSimpleExpression("primaryCategory", variables)).isEqualTo("TRAFIKING");
    assertThat((Object) plain.evaluateSimpleExpression("childInDanger", variables)).isEqualTo(false);
    assertThat(plain.evaluateSimpleUnaryTests("\"KEKERASAN_SEKSUAL\",\"TRAFIKING\"", "primaryCategory",
        variables)).isTrue();
    assertThat(plain.evaluateSimpleUnaryTests("true", "childInDanger", variables)).isFalse();
    assertThat(plain.evaluateSimpleUnaryTests("-", "childInDanger", variables)).isTrue();
    assertThat((Object) plain.evaluateSimpleExpression("\"HIGH\"", variables)).isEqualTo("HIGH");
    assertThat(interpreted).hasValue(0);

    assertThat(plain.evaluateSimpleUnaryTests("not(\"TRAFIKING\")", "primaryCategory", variables)).isFalse();
    assertThat(interpreted).hasValue(1);
  }

  /** The value, or the exception's class when it failed. */
  private static Object outcome(java.util.function.Supplier<Object> evaluation) {
    try {
      return evaluation.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }
}
