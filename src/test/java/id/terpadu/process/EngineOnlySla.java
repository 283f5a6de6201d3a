package id.terpadu.process;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.terpadu.sla.Deadlines;
import id.terpadu.sla.HolidayCalendar;
import id.terpadu.sla.SlaBreach;
import id.terpadu.sla.SlaBreachRepository;
import id.terpadu.sla.SlaEscalation;
import id.terpadu.sla.WorkingDays;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The real deadlines and escalation beans on the engine alone: the decision tables are real, the breach
 * table is a list in memory, published events are kept for assertions.
 */
final class EngineOnlySla {

  final List<SlaBreach> breaches = new ArrayList<>();
  final List<Object> events = new ArrayList<>();

  EngineOnlySla(ProcessEngine engine) {
    DecisionTables decisions = DecisionTablesTest.on(engine);
    Deadlines deadlines = new Deadlines(decisions, new WorkingDays(HolidayCalendar.NONE));
    SlaBreachRepository repository = mock(SlaBreachRepository.class);
    when(repository.saveAndFlush(any(SlaBreach.class))).thenAnswer(call -> {
      SlaBreach breach = call.getArgument(0);
      breaches.add(breach);
      return breach;
    });
    when(repository.isRecorded(anyString(), anyInt())).thenAnswer(call -> breaches.stream()
        .anyMatch(b -> b.getTaskId().equals(call.getArgument(0)) && b.getLevel() == (int) call.getArgument(1)));
    ApplicationEventPublisher publisher = events::add;
    Mocks.register("deadlines", deadlines);
    Mocks.register("slaEscalation", new SlaEscalation(deadlines, decisions,
        engine.getTaskService(), engine.getRuntimeService(), repository, publisher));
  }
}
