package id.terpadu.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares Indonesian personal names that may be spelled differently in different records, and gives a
 * key to find candidate duplicates in the database.
 *
 * <h2>Normalised form ({@link #normalise})</h2>
 *
 * Each name is cut into words; each word is rewritten with these rules, in this order:
 *
 * <ol>
 *   <li>Case, accents and punctuation: lower case, accents dropped ({@code é → e}); apostrophes are
 *       removed inside a word ({@code Ma'ruf → maruf}); every other character that is not a letter a–z
 *       (spaces, dots, hyphens, commas, digits) separates words. Extra spaces do not matter.
 *   <li>Old spelling (Ejaan Van Ophuijsen / Soewandi) to the current one: {@code oe → u} (Soekarno →
 *       sukarno), {@code dj → j} (Djoko → joko), {@code tj → c} (Tjahjo → cahyo), {@code ch → kh}
 *       (Chairul → khairul, Achmad → akhmad).
 *   <li>Old {@code j} for today's {@code y}: a word that shows another old-spelling mark ({@code oe},
 *       {@code dj}, {@code tj}, {@code sj}) was written in the old spelling throughout, so its remaining
 *       {@code j} become {@code y} (Soerjo → suryo, Sjahrir → syahrir, Tjahjo → cahyo). Elsewhere only
 *       {@code hj → hy} (Wahjudi → wahyudi) and a leading {@code nj → ny} (Njoman → nyoman), which the
 *       current spelling does not use. Other {@code j} stay, since today {@code j} is a real j (Joko,
 *       Harjono); the ambiguous rest (Jogja / Yogya) is left to the loose comparison below.
 *   <li>Other variants: {@code dz → z}, {@code dh → d} (Ramadhan), {@code th → t}, {@code ph → f},
 *       {@code q → k} (Rizqi, Taufiq); doubled letters become single (Muhammad → muhamad, Sitti → siti,
 *       Yussuf → yusuf); a final {@code y} after a consonant becomes {@code i} (Sity → siti, Rizky →
 *       rizki, Rudy → rudi).
 *   <li>Common variant words get one form: Muhammad, Muhamad, Mohammad, Mohamad, Mochammad, Muchammad,
 *       Mohamed, Moch., Moh., Mohd., Muh., Muhd., Mhd. → {@code muhamad}; a single {@code M.} as the first
 *       of several words → {@code muhamad}; Nurul → {@code nur}; Abd. → {@code abdul}; Achmad, Akhmad →
 *       {@code ahmad}. The words {@code bin}, {@code binti} and {@code bt} (son/daughter of) are dropped.
 * </ol>
 *
 * <h2>Similarity ({@link #similarity}), 0 to 1</h2>
 *
 * <ul>
 *   <li>Same normalised words in the same order: 1. Same letters with other word breaks (Nurhuda / Nur
 *       Huda): {@value #SPACING_MATCH}.
 *   <li>Otherwise the words are paired regardless of order (Siti Aminah / Aminah Siti = 1), best pairs
 *       first. A pair scores its Jaro-Winkler similarity when that is at least {@value #TOKEN_FLOOR} (a
 *       typo or small variant), else 0 (different words: Aminah / Rahayu); a single letter (initial) and a
 *       word that starts with it score {@value #INITIAL_MATCH}. The name score is the sum of the pair
 *       scores weighted by the words' lengths, over the length of all words of both names, so an unpaired
 *       word lowers it. Very common words (muhamad, siti, nur, abdul) weigh half: sharing "Siti" says
 *       little.
 *   <li>The same comparison on the loose form (below) times {@value #LOOSE_FACTOR}; the higher of the two
 *       counts (Jogja / Yogya = {@value #LOOSE_FACTOR}).
 * </ul>
 *
 * Names scoring at least {@link #STRONG_MATCH} are likely the same name; "Dewi" / "Dedi" (0.87) and
 * "Siti Aminah" / "Siti Rahayu" (0.25) stay below.
 *
 * <h2>Loose form and key ({@link #key})</h2>
 *
 * The loose form of a word also merges {@code j → y}, {@code v → f}, {@code kh → h}, {@code sy}/{@code sh
 * → s}, and drops a final {@code h} after a vowel (Aminah / Amina). A word's key is its loose form's first
 * letter followed by its consonants (vowels dropped, repeats merged: Santoso and Santosa → {@code snts}).
 * The name key is the sorted, distinct keys of its words without the common words (unless it has no other
 * words), joined by a space: "Siti Aminah", "Aminah Siti" and "Sity Amina" all give {@code amn}. Equal
 * keys find candidates; they are a coarse blocking key (Rina, Rini and Roni share {@code rn}), so
 * candidates must then be scored with {@link #similarity}.
 */
public final class NameMatcher {

  /** Similarity from which two names are treated as the same name spelled differently. */
  public static final double STRONG_MATCH = 0.90;

  static final double SPACING_MATCH = 0.97;
  static final double TOKEN_FLOOR = 0.85;
  static final double INITIAL_MATCH = 0.75;
  static final double LOOSE_FACTOR = 0.95;
  private static final double COMMON_WEIGHT = 0.5;

  private static final String MUHAMMAD = "muhamad";
  private static final Set<String> MUHAMMAD_VARIANTS = Set.of("muhamad", "mohamad", "mokhamad", "mukhamad",
      "muhamed", "mohamed", "mokh", "mukh", "moh", "mohd", "muh", "muhd", "mhd");
  private static final Map<String, String> VARIANTS =
      Map.of("nurul", "nur", "abd", "abdul", "akhmad", "ahmad");
  private static final Set<String> PARTICLES = Set.of("bin", "binti", "bt");
  private static final Set<String> COMMON = Set.of(MUHAMMAD, "siti", "nur", "abdul");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['`´‘’ʼ]");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z]+");
  private static final Pattern DOUBLES = Pattern.compile("(.)\\1+");

  private NameMatcher() {}

  /** The normalised words of a name joined by single spaces; empty for a null or blank name. */
  public static String normalise(String name) {
    return String.join(" ", words(name));
  }

  /** How alike two names are, from 0 (nothing in common, or a name missing) to 1 (same normalised name). */
  public static double similarity(String a, String b) {
    return similarity(words(a), words(b));
  }

  /** {@link #similarity(String, String)} of two names already split by {@link #words}. */
  static double similarity(List<String> wa, List<String> wb) {
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    double strict = compare(wa, wb);
    if (strict == 1) {
      return 1;
    }
    return Math.max(strict, LOOSE_FACTOR * compare(loose(wa), loose(wb)));
  }

  /** Whether two names score at least {@link #STRONG_MATCH}. */
  public static boolean matches(String a, String b) {
    return similarity(a, b) >= STRONG_MATCH;
  }

  /** The candidate key of a name (see the class comment); empty for a null or blank name. */
  public static String key(String name) {
    return String.join(" ", keyParts(name));
  }

  /**
   * The sorted, distinct word keys that make up {@link #key}: for an index with one row per word key, so
   * that names sharing any one word (e.g. "Aminah" and "Siti Aminah") become candidates too.
   */
  public static Set<String> keyParts(String name) {
    List<String> words = loose(words(name));
    List<String> distinctive = words.stream().filter(w -> !COMMON.contains(w)).toList();
    Set<String> keys = new TreeSet<>();
    for (String word : distinctive.isEmpty() ? words : distinctive) {
      keys.add(skeleton(word));
    }
    return keys;
  }

  static List<String> words(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String text = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    text = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    List<String> raw = new ArrayList<>();
    for (String part : SEPARATORS.split(text)) {
      if (!part.isEmpty()) {
        raw.add(part);
      }
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String word = spell(raw.get(i));
      if (word.isEmpty() || PARTICLES.contains(word)) {
        continue;
      }
      if (MUHAMMAD_VARIANTS.contains(word) || (word.equals("m") && i == 0 && raw.size() > 1)) {
        word = MUHAMMAD;
      }
      words.add(VARIANTS.getOrDefault(word, word));
    }
    return words;
  }

  /** Rules 2 to 4 of the class comment for one lower-case word of letters a–z. */
  static String spell(String word) {
    boolean oldSpelling = word.contains("oe") || word.contains("dj") || word.contains("tj")
        || word.contains("sj");
    // Upper-case placeholders keep the j and c that come from dj and tj apart from the old j = y.
    String w = word.replace("dj", "J").replace("tj", "C").replace("oe", "u").replace("ch", "kh");
    if (oldSpelling) {
      w = w.replace('j', 'y');
    } else {
      w = w.replace("hj", "hy");
      if (w.startsWith("nj")) {
        w = "ny" + w.substring(2);
      }
    }
    w = w.replace('J', 'j').replace('C', 'c');
    w = w.replace("dz", "z").replace("dh", "d").replace("th", "t").replace("ph", "f").replace('q', 'k');
    w = DOUBLES.matcher(w).replaceAll("$1");
    int n = w.length();
    if (n > 1 && w.charAt(n - 1) == 'y' && !vowel(w.charAt(n - 2))) {
      w = w.substring(0, n - 1) + "i";
    }
    return w;
  }

  private static List<String> loose(List<String> words) {
    List<String> result = new ArrayList<>(words.size());
    for (String word : words) {
      String w = word.replace('j', 'y').replace('v', 'f').replace("kh", "h").replace("sy", "s")
          .replace("sh", "s");
      w = DOUBLES.matcher(w).replaceAll("$1");
      int n = w.length();
      if (n > 2 && w.charAt(n - 1) == 'h' && vowel(w.charAt(n - 2))) {
        w = w.substring(0, n - 1);
      }
      result.add(w);
    }
    return result;
  }

  /** First letter and the consonants after it, repeats merged. */
  private static String skeleton(String word) {
    StringBuilder key = new StringBuilder().append(word.charAt(0));
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!vowel(c) && c != key.charAt(key.length() - 1)) {
        key.append(c);
      }
    }
    return key.toString();
  }

  private static double compare(List<String> a, List<String> b) {
    if (String.join("", a).equals(String.join("", b))) {
      return a.equals(b) ? 1 : SPACING_MATCH;
    }
    record Pair(int i, int j, double score) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double score = wordSimilarity(a.get(i), b.get(j));
        if (score > 0) {
          pairs.add(new Pair(i, j, score));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
    boolean[] usedA = new boolean[a.size()];
    boolean[] usedB = new boolean[b.size()];
    double matched = 0;
    for (Pair p : pairs) {
      if (!usedA[p.i()] && !usedB[p.j()]) {
        usedA[p.i()] = true;
        usedB[p.j()] = true;
        matched += p.score() * (weight(a.get(p.i())) + weight(b.get(p.j())));
      }
    }
    double total = a.stream().mapToDouble(NameMatcher::weight).sum()
        + b.stream().mapToDouble(NameMatcher::weight).sum();
    return matched / total;
  }

  private static double weight(String word) {
    return word.length() * (COMMON.contains(word) ? COMMON_WEIGHT : 1);
  }

  private static double wordSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0) ? INITIAL_MATCH : 0;
    }
    double score = jaroWinkler(a, b);
    return score >= TOKEN_FLOOR ? score : 0;
  }

  /** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4 letters, boost above 0.7). */
  static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] matchedA = new boolean[a.length()];
    boolean[] matchedB = new boolean[b.length()];
    int matches = 0;
    for (int i = 0; i < a.length(); i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(b.length() - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < a.length(); i++) {
      if (matchedA[i]) {
        while (!matchedB[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
    if (jaro <= 0.7) {
      return jaro;
    }
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
