package ai.xseven.business;

import java.util.Locale;

/** Prices as people write them: "$14", "$8.50", "-$2", "EUR 12". */
final class Money {

  private Money() {}

  static String format(int cents, String currency) {
    String symbol = "USD".equals(currency) ? "$" : currency + " ";
    long amount = Math.abs((long) cents);
    String number =
        amount % 100 == 0
            ? Long.toString(amount / 100)
            : String.format(Locale.ROOT, "%d.%02d", amount / 100, amount % 100);
    return (cents < 0 ? "-" : "") + symbol + number;
  }
}
