package id.terpadu.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The rule tables' plainest FEEL answered without the FEEL interpreter (docs/adr/0041): a variable's name, a string
 * or boolean literal, and input entries that list string or boolean literals ({@code "KEKERASAN_SEKSUAL","TRAFIKING"},
 * {@code true}, {@code -}). Everything else goes to the engine's own FEEL engine (feel-scala), unchanged.
 *
 * <p>Why: the interpreter parses an expression again on every evaluation and builds its whole library of built-in
 * functions for each one, and a rule table makes one evaluation per input, per input entry and per output. The case
 * process's risk proposal (a rule task the engine evaluates at every complaint) spent a fifth of the intake's request
 * CPU there (issue 11). The answers here are the interpreter's own for these forms: {@code PlainFeelTest}
 * compares both on every form and on values of other types, which the shortcut hands to the interpreter.
 */
@Component
public class PlainFeel extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      configuration.setDmnEngineConfiguration(dmn);
    }
    DefaultDmnEngineConfiguration rules = dmn;
    // Created when the DMN engine is built, after the process engine has passed its custom FEEL functions on.
    rules.setFeelEngineFactory(() -> new Engine(
        new ScalaFeelEngineFactory(rules.getFeelCustomFunctionProviders()).createInstance()));
  }

  /** The FEEL engine of the rule tables: plain forms here, the rest to {@code interpreter}. */
  static final class Engine implements FeelEngine {

    private static final Object NOT_PLAIN = new Object();
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Names FEEL reads as something other than a variable. */
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "not", "and", "or", "if", "then",
        "else", "for", "in", "return", "some", "every", "satisfies", "instance", "of", "function", "between");

    private final FeelEngine interpreter;

    Engine(FeelEngine interpreter) {
      this.interpreter = interpreter;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      Object plain = plainValue(expression.strip(), variables);
      return plain != NOT_PLAIN ? (T) plain : interpreter.evaluateSimpleExpression(expression, variables);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
      String text = expression.strip();
      if (text.equals("-")) {
        return true;
      }
      List<Object> literals = literals(text);
      if (literals != null && variables.containsVariable(inputVariable)) {
        Object input = valueOf(variables.resolve(inputVariable));
        if (input != null && literals.stream().allMatch(literal -> literal.getClass() == input.getClass())) {
          return literals.contains(input);
        }
      }
      return interpreter.evaluateSimpleUnaryTests(expression, inputVariable, variables);
    }

    /** A literal's value, or a variable's when it holds a string or a boolean; otherwise NOT_PLAIN. */
    private static Object plainValue(String text, VariableContext variables) {
      List<Object> literal = literals(text);
      if (literal != null && literal.size() == 1) {
        return literal.get(0);
      }
      if (NAME.matcher(text).matches() && !RESERVED.contains(text) && variables.containsVariable(text)) {
        Object value = valueOf(variables.resolve(text));
        if (value instanceof String || value instanceof Boolean) {
          return value;
        }
      }
      return NOT_PLAIN;
    }

    private static Object valueOf(TypedValue typed) {
      return typed == null ? null : typed.getValue();
    }

    /**
     * The literals of a comma-separated list of strings without quotes or backslashes inside, {@code true} and
     * {@code false}; null when the text is anything else.
     */
    static List<Object> literals(String text) {
      List<Object> literals = new ArrayList<>();
      int i = 0;
      int n = text.length();
      while (true) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i < n && text.charAt(i) == '"') {
          int end = text.indexOf('"', i + 1);
          if (end < 0 || text.substring(i + 1, end).indexOf('\\') >= 0) {
            return null;
          }
          literals.add(text.substring(i + 1, end));
          i = end + 1;
        } else if (text.startsWith("true", i) && boundary(text, i + 4)) {
          literals.add(Boolean.TRUE);
          i += 4;
        } else if (text.startsWith("false", i) && boundary(text, i + 5)) {
          literals.add(Boolean.FALSE);
          i += 5;
        } else {
          return null;
        }
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i == n) {
          return literals;
        }
        if (text.charAt(i) != ',') {
          return null;
        }
        i++;
      }
    }

    private static boolean boundary(String text, int at) {
      return at == text.length() || !Character.isLetterOrDigit(text.charAt(at)) && text.charAt(at) != '_';
    }
  }
}
