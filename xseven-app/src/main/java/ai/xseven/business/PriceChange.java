package ai.xseven.business;

/** An owner's new price for a catalog item, as {@code rules/menu-change-policy.drl} sees it. */
public record PriceChange(String item, String currency, int currentCents, int newCents) {

  /** By how much the price moves, up or down, in percent of the current price. */
  public double changePercent() {
    return currentCents == 0 ? 0 : Math.abs(newCents - currentCents) * 100.0 / currentCents;
  }

  /** "$14". */
  public String current() {
    return Money.format(currentCents, currency);
  }

  /** "$8.50". */
  public String proposed() {
    return Money.format(newCents, currency);
  }
}
