package ai.xseven.global;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.CatalogEntry;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a comparison request deterministically. Areas and catalog words come from the businesses'
 * own data, so the reader knows "downtown" or "pizza" only because some business lists them.
 */
final class ComparisonRequests {

  static final LocalTime TONIGHT = LocalTime.of(19, 0);

  private static final Set<String> RESTAURANT_WORDS = Set.of("eat", "food", "dinner", "lunch",
      "restaurant", "restaurants", "meal", "dine", "dish", "dishes", "menu", "table");
  private static final Set<String> SALON_WORDS = Set.of("salon", "salons", "beauty", "hairdresser",
      "barber", "stylist", "spa");
  private static final Pattern CEILING = Pattern.compile(
      "\\b(?:under|below|less than|cheaper than|max|maximum|at most|up to|within)\\s*\\$\\s*"
          + "(\\d{1,5}(?:\\.\\d{1,2})?)|\\b(?:under|below|less than|max|at most|up to)\\s+"
          + "(\\d{1,5}(?:\\.\\d{1,2})?)\\s*(?:dollars|usd|\\$)");
  private static final Pattern TIME =
      Pattern.compile("\\b(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)\\b");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");

  private ComparisonRequests() {}

  /**
   * @param catalogs every business's catalog, for the words a customer may ask for
   * @param today the customer's date today, for "tonight", "tomorrow" and weekdays
   */
  static ComparisonRequest read(String message, Collection<BusinessProfile> businesses,
      Map<BusinessProfile, List<CatalogEntry>> catalogs, LocalDate today) {
    String text = normalise(message);
    List<String> tokens = List.of(text.split("[^a-z0-9$]+"));
    String area = businesses.stream().map(BusinessProfile::area).distinct()
        .filter(candidate -> Pattern.compile("\\b" + Pattern.quote(normalise(candidate)) + "\\b")
            .matcher(text).find())
        .findFirst().orElse(null);
    Set<String> vocabulary = new LinkedHashSet<>();
    Map<String, BusinessKind> kindOfWord = new java.util.HashMap<>();
    catalogs.forEach((business, catalog) -> catalog.forEach(entry -> {
      for (String word : words(entry.name() + " " + entry.category())) {
        vocabulary.add(word);
        kindOfWord.merge(word, business.kind(), (a, b) -> a == b ? a : null);
      }
    }));
    List<String> wanted = new ArrayList<>();
    for (String token : tokens) {
      String singular = token.endsWith("s") ? token.substring(0, token.length() - 1) : token;
      if (token.length() >= 4 && vocabulary.contains(token)) {
        wanted.add(token);
      } else if (singular.length() >= 4 && vocabulary.contains(singular)) {
        wanted.add(singular);
      }
    }
    BusinessKind kind = kind(tokens, wanted, kindOfWord);
    return new ComparisonRequest(kind, area, ceiling(text), List.copyOf(wanted), day(text, today),
        time(text));
  }

  private static BusinessKind kind(List<String> tokens, List<String> wanted,
      Map<String, BusinessKind> kindOfWord) {
    if (tokens.stream().anyMatch(SALON_WORDS::contains)) {
      return BusinessKind.SALON;
    }
    if (tokens.stream().anyMatch(RESTAURANT_WORDS::contains)) {
      return BusinessKind.RESTAURANT;
    }
    return wanted.stream().map(kindOfWord::get).filter(java.util.Objects::nonNull).findFirst()
        .orElse(null);
  }

  private static Integer ceiling(String text) {
    Matcher matcher = CEILING.matcher(text);
    if (!matcher.find()) {
      return null;
    }
    String figure = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    return new BigDecimal(figure).movePointRight(2).intValueExact();
  }

  private static LocalDate day(String text, LocalDate today) {
    if (text.contains("tomorrow")) {
      return today.plusDays(1);
    }
    if (text.contains("tonight") || text.contains("today") || text.contains("this evening")) {
      return today;
    }
    Matcher weekday = WEEKDAY.matcher(text);
    if (weekday.find()) {
      return today.with(TemporalAdjusters.nextOrSame(
          DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT))));
    }
    return null;
  }

  private static LocalTime time(String text) {
    Matcher matcher = TIME.matcher(text);
    if (matcher.find()) {
      int hour = Integer.parseInt(matcher.group(1));
      int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
      if (hour >= 1 && hour <= 12 && minute <= 59) {
        return LocalTime.of(hour % 12 + (matcher.group(3).equals("pm") ? 12 : 0), minute);
      }
    }
    return text.contains("tonight") || text.contains("this evening") ? TONIGHT : null;
  }

  /** The distinctive words of a catalog name or category: "Women's Haircut" → womens, haircut. */
  static List<String> words(String text) {
    return List.of(normalise(text).split("[^a-z0-9]+")).stream()
        .filter(word -> word.length() >= 4)
        .toList();
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("['’]", "");
  }
}
