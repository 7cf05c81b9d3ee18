package ai.xseven.guardrail;

import ai.xseven.business.CatalogEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a reply names catalog items, forgiving what people vary: case, apostrophes
 * ("Women’s"), hyphens ("blow dry") and plurals. Longer names win, so "Gel Manicure" is not also a
 * "Manicure".
 */
final class ReplyCatalogNames {

  record Named(CatalogEntry entry, int start, int end) implements ReplySentence.Located {}

  private final List<CatalogEntry> entries;
  private final List<Pattern> patterns;

  ReplyCatalogNames(List<CatalogEntry> catalog) {
    this.entries =
        catalog.stream().sorted(Comparator.comparing((CatalogEntry e) -> e.name().length())
            .reversed()).toList();
    this.patterns = entries.stream().map(entry -> pattern(entry.name())).toList();
  }

  List<Named> find(String text) {
    List<Named> found = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Matcher m = patterns.get(i).matcher(text);
      while (m.find()) {
        Named named = new Named(entries.get(i), m.start(), m.end());
        if (found.stream().noneMatch(other -> other.start() < named.end()
            && named.start() < other.end())) {
          found.add(named);
        }
      }
    }
    found.sort(Comparator.comparingInt(Named::start));
    return found;
  }

  private static Pattern pattern(String name) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    for (char c : name.toCharArray()) {
      if (c == '\'' || c == '’') {
        regex.append("['’]?");
      } else if (c == ' ' || c == '-') {
        regex.append("[\\s-]*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    regex.append("(?:e?s)?(?![\\p{L}\\p{N}])");
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
