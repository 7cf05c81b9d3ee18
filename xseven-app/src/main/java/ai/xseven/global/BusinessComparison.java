package ai.xseven.global;

import ai.xseven.business.CatalogEntry;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One business's answer to a comparison request, from its own data only.
 *
 * @param matches its catalog items that fit the request, cheapest first
 * @param openThen whether it is open at the day and time asked for; null when none was asked
 * @param hoursThen its opening hours on that day ("12:00 PM to 11:00 PM", or "closed")
 */
record BusinessComparison(UUID businessId, String name, String area, String address,
    List<CatalogEntry> matches, Boolean openThen, String hoursThen) {

  /** Fitting businesses first, then open ones, then the cheapest fitting item, then by name. */
  static final Comparator<BusinessComparison> RANKING =
      Comparator.comparing((BusinessComparison c) -> c.matches().isEmpty())
          .thenComparing(c -> Boolean.FALSE.equals(c.openThen()))
          .thenComparing(BusinessComparison::cheapest)
          .thenComparing(BusinessComparison::name);

  int cheapest() {
    return matches.stream().mapToInt(CatalogEntry::priceCents).min().orElse(Integer.MAX_VALUE);
  }

  boolean fits() {
    return !matches.isEmpty() && !Boolean.FALSE.equals(openThen);
  }
}
