package id.terpadu.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.SchemaOperationsCommand;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the history level {@link CaseAuditHistoryLevel} and lets a database switch between it and {@code full}
 * without manual steps. The engine stores its history level in {@code ACT_GE_PROPERTY} ('historyLevel') and refuses to
 * start when the configuration says otherwise; right after its schema operations, and before that check, this plugin
 * rewrites the stored level when it is {@code full} and the configuration says {@value CaseAuditHistoryLevel#NAME}, or
 * the other way round. Every other mismatch is left to the engine's check. See docs/adr/0035-history-level.md.
 */
@Component
public class HistoryLevelSwitch extends AbstractProcessEnginePlugin {

  static final String PROPERTY = "historyLevel";
  private static final Logger LOG = LoggerFactory.getLogger(HistoryLevelSwitch.class);
  private static final Set<Integer> SWITCHABLE = Set.of(HistoryLevel.HISTORY_LEVEL_FULL.getId(),
      CaseAuditHistoryLevel.ID);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    if (!custom.contains(CaseAuditHistoryLevel.INSTANCE)) {
      custom.add(CaseAuditHistoryLevel.INSTANCE);
    }
    configuration.setCustomHistoryLevels(custom);
    configuration.setSchemaOperationsCommand(new Switching(configuration.getSchemaOperationsCommand()));
  }

  /** The engine's schema operations, then the switch of the stored history level. */
  static final class Switching implements SchemaOperationsCommand {
    private final SchemaOperationsCommand delegate;

    Switching(SchemaOperationsCommand delegate) {
      this.delegate = delegate;
    }

    @Override
    public Void execute(CommandContext commandContext) {
      delegate.execute(commandContext);
      HistoryLevel configured = Context.getProcessEngineConfiguration().getHistoryLevel();
      if (configured == null || !SWITCHABLE.contains(configured.getId())) {
        return null;
      }
      // Nodes starting together: the first one switches, the others find the level already switched.
      commandContext.getPropertyManager().acquireExclusiveLockForStartup();
      PropertyEntity stored = commandContext.getPropertyManager().findPropertyById(PROPERTY);
      if (stored != null && isSwitchable(stored.getValue()) && !String.valueOf(configured.getId())
          .equals(stored.getValue())) {
        LOG.info("Switching the engine's stored history level from {} to {} ({}), as configured", stored.getValue(),
            configured.getId(), configured.getName());
        stored.setValue(String.valueOf(configured.getId()));
      }
      return null;
    }

    private static boolean isSwitchable(String value) {
      try {
        return SWITCHABLE.contains(Integer.valueOf(value.trim()));
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }
}
