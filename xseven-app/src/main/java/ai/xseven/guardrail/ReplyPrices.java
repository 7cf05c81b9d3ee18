package ai.xseven.guardrail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the prices a reply states ("$12", "$12.50", "12.50 USD", "12 dollars", "€9", "USD 12") and
 * the catalog item each is stated for. A bare number is not a price: it may be a party size or a
 * time.
 */
final class ReplyPrices {

  private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+|\\d{1,7})(?:\\.(\\d{1,2}))?";
  private static final Pattern CURRENCY_FIRST =
      Pattern.compile("(?:([$€£])|\\b(USD|EUR|GBP)\\s?)\\s?" + AMOUNT + "(?![\\d,]*\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AMOUNT_FIRST =
      Pattern.compile("(?<![\\d.,$€£])" + AMOUNT
          + "\\s?(USD|EUR|GBP|dollars?|bucks|euros?|pounds?)\\b", Pattern.CASE_INSENSITIVE);

  private record Found(String stated, int cents, String currency, int start, int end)
      implements ReplySentence.Located {}

  private ReplyPrices() {}

  static List<PriceMention> find(String reply, List<ReplySentence> sentences,
      List<ReplyCatalogNames.Named> items) {
    List<Found> prices = prices(reply);
    List<PriceMention> mentions = new ArrayList<>();
    for (ReplySentence sentence : sentences) {
      List<Found> inSentence = prices.stream().filter(sentence::holds).toList();
      for (int i = 0; i < inSentence.size(); i++) {
        Found price = inSentence.get(i);
        List<ReplyCatalogNames.Named> labels = ReplyLabels.of(sentence, inSentence, i, items);
        // Of several items ("Tiramisu and Panna Cotta are $8 and $7.50") the one it is the price
        // of is the one meant; otherwise the nearest.
        String item =
            labels.stream()
                .filter(named -> named.entry().priceCents() == price.cents()
                    && named.entry().currency().equals(price.currency()))
                .findFirst()
                .or(() -> labels.stream().findFirst())
                .map(named -> named.entry().name())
                .orElse(null);
        mentions.add(new PriceMention(price.stated(), price.cents(), price.currency(), item,
            sentence.text().strip()));
      }
    }
    return mentions;
  }

  private static List<Found> prices(String reply) {
    List<Found> found = new ArrayList<>();
    Matcher m = CURRENCY_FIRST.matcher(reply);
    while (m.find()) {
      String marker = m.group(1) != null ? m.group(1) : m.group(2);
      found.add(found(m, marker, m.group(3), m.group(4)));
    }
    m = AMOUNT_FIRST.matcher(reply);
    while (m.find()) {
      int start = m.start();
      if (found.stream().noneMatch(other -> other.start() <= start && start < other.end())) {
        found.add(found(m, m.group(3), m.group(1), m.group(2)));
      }
    }
    found.sort(Comparator.comparingInt(Found::start));
    return found;
  }

  private static Found found(Matcher m, String marker, String whole, String fraction) {
    int cents = Integer.parseInt(whole.replace(",", "")) * 100;
    if (fraction != null) {
      cents += Integer.parseInt(fraction.length() == 1 ? fraction + "0" : fraction);
    }
    return new Found(m.group().strip(), cents, currency(marker), m.start(), m.end());
  }

  private static String currency(String marker) {
    String lower = marker.toLowerCase(Locale.ROOT);
    if (lower.equals("€") || lower.startsWith("eur")) {
      return "EUR";
    }
    if (lower.equals("£") || lower.equals("gbp") || lower.startsWith("pound")) {
      return "GBP";
    }
    return "USD";
  }
}
