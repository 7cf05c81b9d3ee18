package ai.xseven.agent;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the catalog service a message asks for by shared words: the service sharing the most
 * words wins, ties go to the one listed first ("haircut" with "Women's Haircut" and "Men's
 * Haircut" listed gives the first; "men's haircut" gives "Men's Haircut").
 */
final class ServiceMatcher {

  private static final Set<String> IGNORED =
      Set.of("a", "an", "the", "and", "with", "of", "for", "or", "in", "on", "to", "my", "me",
          "i", "s", "full", "session");

  private ServiceMatcher() {}

  static String match(String text, List<String> serviceNames) {
    if (serviceNames == null || serviceNames.isEmpty()) {
      return null;
    }
    Set<String> words = wordsWithJoinedPairs(text);
    String best = null;
    int bestShared = 0;
    for (String service : serviceNames) {
      Set<String> shared = new HashSet<>(words(service));
      shared.retainAll(words);
      if (shared.size() > bestShared) {
        best = service;
        bestShared = shared.size();
      }
    }
    return best;
  }

  /** The message's words, plus each adjacent pair run together so "hair cut" meets "Haircut". */
  private static Set<String> wordsWithJoinedPairs(String text) {
    Set<String> all = new HashSet<>(words(text));
    String[] raw = tokens(text);
    for (int i = 0; i + 1 < raw.length; i++) {
      all.add(stem(raw[i] + raw[i + 1]));
    }
    return all;
  }

  static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String token : tokens(text)) {
      if (!IGNORED.contains(token)) {
        words.add(stem(token));
      }
    }
    return words;
  }

  private static String[] tokens(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "");
    String[] tokens = lower.split("[^\\p{L}\\p{N}]+");
    return Arrays.stream(tokens).filter(t -> !t.isEmpty()).toArray(String[]::new);
  }

  /** Plural to singular, enough for "nails", "highlights", "lashes". */
  private static String stem(String word) {
    if (word.length() > 4 && word.matches(".*(?:sh|ch|x|ss)es")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
