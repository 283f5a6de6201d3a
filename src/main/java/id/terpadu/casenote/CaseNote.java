package id.terpadu.casenote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note in a case file: what the author wants the unit to know, when and by whom. Never edited. */
@Entity
@Table(name = "case_note")
public class CaseNote {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
  @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  @Column(nullable = false, length = 4000)
  private String text;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(nullable = false)
  private Instant createdAt;

  protected CaseNote() {}

  public CaseNote(Long caseId, String text, String author, Instant createdAt) {
    this.caseId = caseId;
    this.text = text;
    this.author = author;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getText() {
    return text;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
