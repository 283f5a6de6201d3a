package id.terpadu.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Reads values that Camunda Forms submit: text, booleans, dates as ISO text, and lists (checklists),
 * which arrive as JSON variables. Also removes a task's confidential inputs once the case file holds them.
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The most characters a string process variable holds: the engine keeps a string's value in a column of 4,000
   * characters ({@code TEXT_} of its variable tables) and fails the whole command on a longer one.
   */
  public static final int MAX_TEXT_VARIABLE = 4000;

  static final String CUT_NOTE = "… [terpotong; selengkapnya ada di berkas kasus]";

  /** The least of a cut middle text worth showing: less, and the whole text is cut at its end instead. */
  static final int MIN_ROOM = 200;

  private FormValues() {}

  /**
   * A text that a form only shows (a reopened case's reason and complaint, a summary for the supervisor), made to
   * fit a string variable: the text itself when it fits, otherwise its beginning with a note that the case file holds
   * the whole of it.
   */
  public static String fitted(String text) {
    return fitted(text, CUT_NOTE);
  }

  /** As {@link #fitted(String)}, with the note that says where the whole text is. */
  public static String fitted(String text, String cutNote) {
    return cut(text, cutNote, MAX_TEXT_VARIABLE);
  }

  /**
   * {@code before + middle + after} made to fit a string variable by cutting the middle only (a user's long text
   * between what the reader must see whole: the services of a plan to approve, the referrals a termination
   * cancels); the whole is cut as by {@link #fitted(String)} only when the parts around the middle leave it no room.
   */
  public static String fitted(String before, String middle, String after) {
    String text = middle == null ? "" : middle;
    int room = MAX_TEXT_VARIABLE - before.length() - after.length();
    if (text.length() <= room) {
      return before + text + after;
    }
    return room < MIN_ROOM ? fitted(before + text + after) : before + cut(text, CUT_NOTE, room) + after;
  }

  private static String cut(String text, String cutNote, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int keep = max - cutNote.length();
    if (Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    return text.substring(0, keep) + cutNote;
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }

  /**
   * A required choice (radio or select) as one of the enum's codes.
   *
   * @throws BadUserRequestException "<label> wajib diisi." or "<label> tidak dikenal: x."
   */
  public static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type, String label) {
    String value = text(scope, name);
    if (value == null) {
      throw new BadUserRequestException(label + " wajib diisi.");
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(label + " tidak dikenal: " + value + ".");
    }
  }

  public static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A checklist: a JSON array, a Java collection or a single value. */
  public static List<String> list(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> c) {
      return c.stream().filter(v -> v != null).map(Object::toString).toList();
    }
    String raw = value.toString().trim();
    if (!raw.startsWith("[")) {
      return raw.isEmpty() ? List.of() : List.of(raw);
    }
    try {
      JsonNode array = JSON.readTree(raw);
      List<String> out = new ArrayList<>();
      array.forEach(node -> out.add(node.asText()));
      return out;
    } catch (JsonProcessingException e) {
      throw new BadUserRequestException("Isian daftar '" + name + "' tidak dapat dibaca.");
    }
  }

  /** A dynamic list: a JSON array of objects, each field as text. */
  public static List<Map<String, String>> objects(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return List.of();
    }
    try {
      JsonNode array = JSON.readTree(value.toString());
      if (!array.isArray()) {
        throw new BadUserRequestException("Isian daftar '" + name + "' tidak dapat dibaca.");
      }
      List<Map<String, String>> rows = new ArrayList<>();
      for (JsonNode item : array) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        item.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText()));
        rows.add(row);
      }
      return rows;
    } catch (JsonProcessingException e) {
      throw new BadUserRequestException("Isian daftar '" + name + "' tidak dapat dibaca.");
    }
  }

  /** How forms and summaries show a date to users: {@code 17 Agustus 2026}. */
  public static final DateTimeFormatter INDONESIAN_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  /** How summaries show a moment to users: {@code 17 Agustus 2026 14.30}. */
  public static final DateTimeFormatter INDONESIAN_DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", Locale.forLanguageTag("id"));

  /**
   * A date field ({@code yyyy-MM-dd}, a time part tolerated): the date, or null when blank.
   *
   * @throws DateTimeParseException when the text is not a date
   */
  public static LocalDate localDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.trim();
    return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }

  /** A date-time field: a Date, or ISO text with or without offset (local time of the unit). */
  public static Instant instant(VariableScope scope, String name, ZoneId zone) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toInstant();
    }
    String s = value.toString().trim();
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(s).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        throw new BadUserRequestException("Waktu '" + name + "' tidak valid: gunakan tanggal dan jam.");
      }
    }
  }

  /** Options of a Camunda Forms select that reads them with {@code valuesKey}: {@code [{label, value}]}. */
  public static void offerOptions(VariableScope scope, String name, List<Map<String, String>> options) {
    scope.setVariable(name, optionsValue(options));
  }

  /** The value {@link #offerOptions} stores, for code that sets it through the engine's services. */
  public static TypedValue optionsValue(List<Map<String, String>> options) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes the given confidential inputs from the process once they are stored in the case file. */
  public static void forget(VariableScope scope, Set<String> names) {
    Set<String> present = names.stream().filter(scope::hasVariable).collect(Collectors.toSet());
    scope.removeVariables(present);
  }
}
