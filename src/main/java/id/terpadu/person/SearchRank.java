package id.terpadu.person;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How well a person's name answers a name search, from 0 to 1: the higher of
 * <ul>
 *   <li>{@link NameMatcher#similarity} of the search and the whole name (spelling variants, word order), and</li>
 *   <li>for a search for part of a name, when every searched word starts a word of the name (after
 *   {@link NameMatcher#normalise}): {@value #PART_BASE} plus up to {@value #PART_SPAN} for the share of the name's
 *   words searched ("prasetyo" finds "Bagus Prasetyo" at 0.8, "Bagus Prasetyo Scope" at 0.73).</li>
 * </ul>
 * Only the name exactly as searched (ignoring case and extra spaces) scores 1; another spelling of the same name
 * scores {@value #SAME_NAME_OTHER_SPELLING}, just below. A name containing the search as plain text ({@code LIKE})
 * scores at least {@value #CONTAINS}, so that it stays listed (below the better matches).
 */
final class SearchRank {

  static final double PART_BASE = 0.6;
  static final double PART_SPAN = 0.4;
  static final double CONTAINS = 0.1;
  static final double SAME_NAME_OTHER_SPELLING = 0.99;
  /** Below this a name found only by its key (not containing the text) is not listed: Rina is not Roni. */
  static final double KEY_FLOOR = 0.75;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchRank() {}

  /**
   * A search text analysed once (normalised words, lower case), for ranking the up to 500 names a search reads:
   * splitting the text again for every name was most of the search's server time.
   */
  record Search(String text, String plain, String lower, List<String> words) {

    static Search of(String text) {
      return new Search(text, text == null ? null : SearchRank.plain(text),
          text == null ? null : text.trim().toLowerCase(Locale.ROOT), NameMatcher.words(text));
    }
  }

  static double rank(String search, String name) {
    return rank(Search.of(search), name);
  }

  static double rank(Search search, String name) {
    if (search.plain() != null && name != null && search.plain().equals(plain(name))) {
      return 1;
    }
    List<String> searched = search.words();
    List<String> words = NameMatcher.words(name);
    double best = NameMatcher.similarity(searched, words);
    if (!searched.isEmpty() && !words.isEmpty()
        && searched.stream().allMatch(s -> words.stream().anyMatch(w -> w.startsWith(s)))) {
      best = Math.max(best, PART_BASE + PART_SPAN * Math.min(1, (double) searched.size() / words.size()));
    }
    if (contains(search, name)) {
      best = Math.max(best, CONTAINS);
    }
    return Math.min(SAME_NAME_OTHER_SPELLING, best);
  }

  /** Whether a name found by the prefilter is listed at all. */
  static boolean listed(String search, String name, double rank) {
    return listed(Search.of(search), name, rank);
  }

  static boolean listed(Search search, String name, double rank) {
    return contains(search, name) || rank >= KEY_FLOOR;
  }

  private static String plain(String s) {
    return SPACES.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  static boolean contains(String search, String name) {
    return contains(Search.of(search), name);
  }

  private static boolean contains(Search search, String name) {
    return name != null && search.lower() != null && name.toLowerCase(Locale.ROOT).contains(search.lower());
  }
}
