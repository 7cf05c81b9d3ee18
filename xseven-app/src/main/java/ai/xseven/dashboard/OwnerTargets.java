package ai.xseven.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the business's orders or bookings an owner's message means: one whose id starts with
 * the characters the owner typed ("3f2a9c1d", as the lists show it), or whose customer the message
 * names ("Ana", "Ana Lopez", "Ana's").
 */
final class OwnerTargets {

  /** A whole id, or its first characters: at least six hex digits, one of them a number. */
  static final Pattern ID = Pattern.compile(
      "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b"
          + "|\\b(?=[0-9a-f]*\\d)[0-9a-f]{6,}\\b");

  private OwnerTargets() {}

  /**
   * The candidates the message means: by id when it gives one, else by the customer's full name,
   * else by their first name. Empty when it names none; several when it is not clear which.
   *
   * @param text the normalised message (lower case, no apostrophes)
   */
  static <T> List<T> matching(String text, List<T> candidates, Function<T, UUID> id,
      Function<T, String> customerName) {
    Matcher ids = ID.matcher(text);
    List<T> byId = new ArrayList<>();
    while (ids.find()) {
      String typed = ids.group();
      candidates.stream().filter(candidate -> id.apply(candidate).toString().startsWith(typed))
          .filter(candidate -> !byId.contains(candidate))
          .forEach(byId::add);
    }
    if (!byId.isEmpty()) {
      return byId;
    }
    List<T> byName = named(text, candidates, customerName, false);
    return byName.isEmpty() ? named(text, candidates, customerName, true) : byName;
  }

  /** "3f2a9c1d": how a list shows an id, and what the owner may type back. */
  static String shortId(UUID id) {
    return id.toString().substring(0, 8);
  }

  private static <T> List<T> named(String text, List<T> candidates,
      Function<T, String> customerName, boolean firstNameOnly) {
    List<T> found = new ArrayList<>();
    for (T candidate : candidates) {
      String name = CatalogNames.normalise(customerName.apply(candidate));
      if (firstNameOnly) {
        name = name.split(" ")[0];
      }
      // "anas order" (Ana's, normalised) names Ana.
      if (!name.isBlank() && Pattern.compile("\\b" + Pattern.quote(name) + "s?\\b")
          .matcher(text.toLowerCase(Locale.ROOT)).find()) {
        found.add(candidate);
      }
    }
    return found;
  }
}
