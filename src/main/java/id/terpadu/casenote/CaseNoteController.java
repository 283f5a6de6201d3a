package id.terpadu.casenote;

import id.terpadu.casefile.CaseAccess;
import id.terpadu.casefile.ChildCase;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notes of a case file: whoever may read the case reads its notes ({@link CaseAccess}); its caseworker and the
 * unit's supervisors and head add them. Notes are kept as written (no edit, no delete): they are part of the
 * case's audit trail.
 */
@RestController
public class CaseNoteController {

  static final int MAX_LENGTH = 4000;

  private final CaseAccess access;
  private final CaseNoteRepository notes;
  private final Clock clock;

  public CaseNoteController(CaseAccess access, CaseNoteRepository notes, Clock clock) {
    this.access = access;
    this.notes = notes;
    this.clock = clock;
  }

  /** A note as the API shows it. */
  public record NoteView(long id, String text, String author, Instant createdAt) {
    static NoteView of(CaseNote n) {
      return new NoteView(n.getId(), n.getText(), n.getAuthor(), n.getCreatedAt());
    }
  }

  /** A new note. */
  public record NewNote(String text) {}

  @Operation(summary = "The notes of a case, oldest first")
  @GetMapping("/api/cases/{caseId}/notes")
  @Transactional(readOnly = true)
  public List<NoteView> list(@PathVariable long caseId) {
    ChildCase theCase = access.readable(caseId);
    return notes.findByCaseIdOrderByCreatedAt(theCase.getId()).stream().map(NoteView::of).toList();
  }

  @Operation(summary = "Add a note to a case (its caseworker, the unit's supervisors and head)")
  @PostMapping("/api/cases/{caseId}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('GROUP_caseworker', 'GROUP_supervisor', 'GROUP_head')")
  @Transactional
  public NoteView add(@PathVariable long caseId, @RequestBody(required = false) NewNote body,
      @AuthenticationPrincipal String userId) {
    ChildCase theCase = access.readable(caseId);
    String text = body == null || body.text() == null ? null : body.text().strip();
    if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
      throw ApiException.validation(List.of(new FieldProblem("text", "LENGTH",
          "Tuliskan catatan (1–" + MAX_LENGTH + " karakter).")));
    }
    return NoteView.of(notes.save(new CaseNote(theCase.getId(), text, userId, clock.instant())));
  }
}
