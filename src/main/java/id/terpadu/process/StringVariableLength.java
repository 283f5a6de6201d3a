package id.terpadu.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * Refuses a string process variable longer than the engine's variable tables hold ({@link
 * FormValues#MAX_TEXT_VARIABLE} characters in {@code TEXT_}) when it is set, with a message the user can act on,
 * instead of the whole command failing at its flush with a database error (a 500 "exception in the persistence
 * layer" from the REST API, Tasklist's form or a listener). The form's own limits keep Tasklist users below it; this
 * is for a value sent to the REST API directly, and for text the application writes ({@link FormValues#fitted}).
 * The check is a string serializer placed before the engine's own; values are read by the engine's own, unchanged.
 */
@Component
public class StringVariableLength extends AbstractProcessEnginePlugin {

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> first = new ArrayList<>();
    first.add(new Checked());
    if (configuration.getCustomPreVariableSerializers() != null) {
      first.addAll(configuration.getCustomPreVariableSerializers());
    }
    configuration.setCustomPreVariableSerializers(first);
  }

  /** The engine's string serializer, refusing a value its column cannot hold. */
  static class Checked extends StringValueSerializer {
    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
      String text = value.getValue();
      if (text != null && text.length() > FormValues.MAX_TEXT_VARIABLE) {
        throw new BadUserRequestException("Isian \"" + valueFields.getName() + "\" terlalu panjang: " + text.length()
            + " karakter, paling banyak " + FormValues.MAX_TEXT_VARIABLE + ".");
      }
      super.writeValue(value, valueFields);
    }
  }
}
