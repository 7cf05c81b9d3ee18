package ai.xseven.observability;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A business's month-to-date LLM spend, asked for before every routed call. Summing the month's
 * trace rows each time grows with the month, so the sum is read at most once per refresh interval
 * and what this node records in between is added to it; another node's spend shows up at the
 * next read, which is soon enough for a monthly budget.
 */
final class MonthlySpend {

  private record Entry(YearMonth month, BigDecimal cents, Instant readAt) {}

  private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
  private final Duration refresh;

  MonthlySpend(Duration refresh) {
    this.refresh = refresh;
  }

  BigDecimal of(UUID businessId, YearMonth month, Instant now, Supplier<BigDecimal> read) {
    return entries.compute(businessId, (id, entry) ->
            entry == null || !entry.month().equals(month)
                    || entry.readAt().plus(refresh).isBefore(now)
                ? new Entry(month, read.get(), now)
                : entry)
        .cents();
  }

  /** A call this node just recorded; counted until the next read includes it. */
  void add(UUID businessId, Instant at, BigDecimal cents) {
    if (businessId == null || cents == null || cents.signum() == 0) {
      return;
    }
    YearMonth month = YearMonth.from(at.atZone(ZoneOffset.UTC));
    entries.computeIfPresent(businessId, (id, entry) -> entry.month().equals(month)
        ? new Entry(month, entry.cents().add(cents), entry.readAt())
        : entry);
  }
}
