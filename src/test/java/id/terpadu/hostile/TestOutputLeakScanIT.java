package id.terpadu.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.support.TestIdentities;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The log and e-mail leak scan (docs/reliability.md, "Hostile input"): runs after every other integration test, in
 * a Failsafe execution of its own ({@code leak-scan} in pom.xml), without Spring. It reads the names, NIKs and
 * addresses of the persons the tests stored, the reporters' names and the openings of the case descriptions
 * ({@link TestIdentities}, {@link #descriptionOpening}) and fails when any of them appears in a log event at INFO or above (logback-test.xml writes those to {@code target/test-logs/test-*.log}) or in an e-mail sent.
 */
@Tag("leak-scan")
class TestOutputLeakScanIT {

  /** Short or one-word names ("Budi") are also ordinary words of log messages; two words or more are specific. */
  static final Pattern SPECIFIC_NAME = Pattern.compile("\\S{2,}\\s+\\S{2,}.*");
  static final Pattern NIK = Pattern.compile("\\d{16}");
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  static final int DESCRIPTION_OPENING = 40;
  static final Pattern PROSE = Pattern.compile("[\\p{L}\\p{N} ,.;:'()/-]+");
  static final Pattern WORD_OF_TWO_LETTERS = Pattern.compile("\\p{L}{2,}");

  @Test
  void noStoredIdentityIsInALogLineOrAnEmail() throws IOException {
    Path dir = TestIdentities.DIRECTORY;
    Set<String> identities = new LinkedHashSet<>();
    for (Path file : files(dir, "identities-")) {
      for (String value : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String v = value.strip();
        if (NIK.matcher(v).matches() || SPECIFIC_NAME.matcher(v).matches() && v.length() >= 8) {
          identities.add(v);
        }
      }
    }
    int descriptions = 0;
    for (Path file : files(dir, "descriptions-")) {
      for (String value : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String opening = descriptionOpening(value);
        if (opening != null && identities.add(opening)) {
          descriptions++;
        }
      }
    }
    List<Path> logs = files(dir, "test-");
    assertThat(logs).as("test logs in " + dir + " (logback-test.xml)").isNotEmpty();
    assertThat(identities).as("identities recorded by support.TestIdentities in " + dir).isNotEmpty();
    assertThat(descriptions).as("case descriptions recorded by support.TestIdentities in " + dir).isPositive();

    Finder finder = new Finder(identities);
    List<String> leaks = new ArrayList<>();
    for (Path log : logs) {
      try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
        lines.forEach(line -> finder.find(line).forEach(found -> leaks.add(log.getFileName() + ": [" + found + "] "
            + (line.length() > 300 ? line.substring(0, 300) + "…" : line))));
      }
    }
    for (Path mails : files(dir, "mails-")) {
      for (String mail : Files.readString(mails, StandardCharsets.UTF_8).split("\u0000")) {
        finder.find(mail).forEach(found -> leaks.add(mails.getFileName() + ": [" + found + "] in an e-mail: "
            + mail.strip().lines().findFirst().orElse("")));
      }
    }
    assertThat(leaks).as("child identities (name, NIK, address, reporter, case description) in logs at INFO+ or in"
        + " e-mails").isEmpty();
  }

  /**
   * What the scan looks for of a case description: its first {@value #DESCRIPTION_OPENING} characters (cut at a word
   * end; a log line that quotes a description quotes its start), and only for descriptions written as prose (letters,
   * digits, spaces and punctuation) of four words or more: short or generated texts ("Anak putus sekolah.", the fuzz
   * tests' markup and control characters) are also ordinary log text, or cannot be found reliably. Null otherwise.
   */
  static String descriptionOpening(String description) {
    String text = description.strip().replaceAll("\\s+", " ");
    if (text.length() < 24 || !PROSE.matcher(text).matches()
        || WORD_OF_TWO_LETTERS.matcher(text).results().count() < 4) {
      return null;
    }
    if (text.length() <= DESCRIPTION_OPENING) {
      return text;
    }
    int cut = text.lastIndexOf(' ', DESCRIPTION_OPENING);
    return text.substring(0, cut > 20 ? cut : DESCRIPTION_OPENING);
  }

  private static List<Path> files(Path dir, String prefix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  /** Finds identities in text quickly: NIKs as 16-digit runs, names and addresses by their first word. */
  static final class Finder {
    private final Set<String> niks = new java.util.HashSet<>();
    private final Map<String, List<String>> byFirstWord = new HashMap<>();

    Finder(Set<String> identities) {
      for (String identity : identities) {
        if (NIK.matcher(identity).matches()) {
          niks.add(identity);
        } else {
          Matcher first = WORD.matcher(identity);
          if (first.find()) {
            byFirstWord.computeIfAbsent(first.group().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(identity.toLowerCase(Locale.ROOT));
          }
        }
      }
    }

    List<String> find(String text) {
      List<String> found = new ArrayList<>();
      Matcher digits = Pattern.compile("\\d+").matcher(text);
      while (digits.find()) {
        if (digits.group().length() == 16 && niks.contains(digits.group())) {
          found.add(digits.group());
        }
      }
      String lower = text.toLowerCase(Locale.ROOT);
      Set<String> seen = new java.util.HashSet<>();
      Matcher words = WORD.matcher(lower);
      while (words.find()) {
        List<String> candidates = byFirstWord.get(words.group());
        if (candidates != null && seen.add(words.group())) {
          for (String candidate : candidates) {
            if (lower.contains(candidate)) {
              found.add(candidate);
            }
          }
        }
      }
      return found;
    }
  }
}
