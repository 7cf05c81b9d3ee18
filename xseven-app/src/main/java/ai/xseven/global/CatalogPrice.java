package ai.xseven.global;

import java.util.Locale;

/** A price in dollars as the catalog shows it: "$14", "$8.50". */
record CatalogPrice(int cents) {

  String text() {
    return cents % 100 == 0
        ? "$" + cents / 100
        : String.format(Locale.ROOT, "$%d.%02d", cents / 100, cents % 100);
  }
}
