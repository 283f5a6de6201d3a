package id.terpadu.outreach;

import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The supervisor's task {@code Task_CloseRound} of {@code Process_OutreachRound}: on creation it shows what the
 * round's visits add up to (task variables read by the form); on completion it checks the summary again on the
 * server (400 in Tasklist), closes the round with it and removes the text from the process.
 */
@Component("outreachRoundClosing")
public class RoundClosing {

  static final String SUMMARY = "roundSummary";

  private final OutreachRoundRepository rounds;
  private final OutreachVisitRepository visits;
  private final Clock clock;

  public RoundClosing(OutreachRoundRepository rounds, OutreachVisitRepository visits, Clock clock) {
    this.rounds = rounds;
    this.visits = visits;
    this.clock = clock;
  }

  /** Task variables with the counts of the round's visits so far. */
  public void summarise(DelegateTask task) {
    List<OutreachVisit> recorded = visits.findByRoundIdOrderByVisitDateAscIdAsc(roundId(task));
    List<ChildMet> children = recorded.stream().flatMap(v -> v.getChildren().stream()).toList();
    task.setVariableLocal("visitCount", recorded.size());
    task.setVariableLocal("villagesVisited", recorded.stream().map(OutreachVisit::getVillageCode).distinct().count());
    task.setVariableLocal("childrenMet", children.size());
    task.setVariableLocal("findingsCount", children.stream().filter(ChildMet::isActionNeeded).count());
    task.setVariableLocal("complaintsCount", children.stream().filter(c -> c.getCaseId() != null).count());
  }

  /** Closes the round with the supervisor's summary. */
  public void close(DelegateTask task) {
    String summary = FormValues.text(task, SUMMARY);
    if (summary == null) {
      throw new BadUserRequestException("Ringkasan putaran wajib diisi.");
    }
    if (summary.length() > OutreachRound.MAX_SUMMARY) {
      throw new BadUserRequestException("Ringkasan putaran paling banyak " + OutreachRound.MAX_SUMMARY
          + " karakter.");
    }
    OutreachRound round = rounds.findById(roundId(task))
        .orElseThrow(() -> new IllegalStateException("Outreach round " + roundId(task) + " not found"));
    round.close(summary, TaskActor.of(task), clock.instant());
    rounds.save(round);
    FormValues.forget(task, Set.of(SUMMARY));
  }

  private static long roundId(DelegateTask task) {
    return ((Number) task.getVariable("roundId")).longValue();
  }
}
