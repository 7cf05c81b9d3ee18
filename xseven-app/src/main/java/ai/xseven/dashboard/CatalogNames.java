package ai.xseven.dashboard;

import ai.xseven.business.CatalogEntry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the catalog items a message names: the whole name (or its plural) wins, the longest
 * first; otherwise the items that share the most distinctive words with the message.
 */
final class CatalogNames {

  private CatalogNames() {}

  static List<CatalogEntry> named(String message, List<CatalogEntry> catalog) {
    String text = normalise(message);
    List<CatalogEntry> whole = new ArrayList<>();
    int longest = 0;
    for (CatalogEntry entry : catalog) {
      String name = normalise(entry.name());
      if (Pattern.compile("\\b" + Pattern.quote(name) + "s?\\b").matcher(text).find()) {
        if (name.length() > longest) {
          whole.clear();
          longest = name.length();
        }
        if (name.length() == longest) {
          whole.add(entry);
        }
      }
    }
    if (!whole.isEmpty()) {
      return whole;
    }
    List<CatalogEntry> best = new ArrayList<>();
    int bestScore = 0;
    for (CatalogEntry entry : catalog) {
      int score = (int) Arrays.stream(normalise(entry.name()).split(" "))
          .filter(word -> word.length() >= 4)
          .filter(word -> Pattern.compile("\\b" + Pattern.quote(word) + "s?\\b").matcher(text).find())
          .count();
      if (score > bestScore) {
        best.clear();
        bestScore = score;
      }
      if (score > 0 && score == bestScore) {
        best.add(entry);
      }
    }
    return best;
  }

  /** Lower case, no accents, no apostrophes: "Women's Haircut" → "womens haircut". */
  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("['’]", "")
        .replaceAll("[^a-z0-9$.:\\s-]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
