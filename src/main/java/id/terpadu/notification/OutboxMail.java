package id.terpadu.notification;

/**
 * One e-mail to put in the outbox: one recipient address, a subject and a plain-text body in Bahasa
 * Indonesia. {@code recipientUserId} is the staff member it is for (null for an agency's office address);
 * {@code reference} says what caused it ({@code task:<id>}, {@code referral:<id>}), for administrators.
 */
public record OutboxMail(NotificationType type, String recipient, String recipientUserId, String subject,
    String body, String reference) {

  public OutboxMail {
    if (type == null || blank(recipient) || blank(subject) || blank(body)) {
      throw new IllegalArgumentException("An outbox mail needs a type, a recipient, a subject and a body");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
