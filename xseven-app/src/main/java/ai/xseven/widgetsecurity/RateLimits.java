package ai.xseven.widgetsecurity;

import ai.xseven.widgetsecurity.WidgetRateLimitProperties.Limit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * One Bucket4j token bucket per conversation or client address, kept in this node's memory (a
 * cluster multiplies the limits by its node count). Full buckets are dropped now and then, so
 * the maps hold only recently active keys.
 */
@Component
class RateLimits {

  enum Kind { MESSAGES, REQUESTS, STARTS }

  private static final int SWEEP_ABOVE = 10_000;

  private final WidgetRateLimitProperties properties;
  private final Map<Kind, Map<String, Bucket>> buckets = new ConcurrentHashMap<>();

  RateLimits(WidgetRateLimitProperties properties) {
    this.properties = properties;
  }

  boolean enabled() {
    return properties.enabled();
  }

  /**
   * Takes one token from the key's bucket.
   *
   * @return how long to wait when the bucket is empty; empty when the call may go ahead
   */
  Optional<Duration> take(Kind kind, String key) {
    Map<String, Bucket> ofKind = buckets.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
    if (ofKind.size() > SWEEP_ABOVE) {
      sweep(kind, ofKind);
    }
    Bucket bucket = ofKind.computeIfAbsent(key, k -> Bucket.builder().addLimit(bandwidth(kind))
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  Limit limit(Kind kind) {
    return switch (kind) {
      case MESSAGES -> properties.messagesPerConversation();
      case REQUESTS -> properties.requestsPerAddress();
      case STARTS -> properties.startsPerAddress();
    };
  }

  private Bandwidth bandwidth(Kind kind) {
    Limit limit = limit(kind);
    return Bandwidth.builder().capacity(limit.requests())
        .refillGreedy(limit.requests(), limit.per()).build();
  }

  /** A full bucket says nothing a new one would not. */
  private void sweep(Kind kind, Map<String, Bucket> ofKind) {
    long capacity = limit(kind).requests();
    ofKind.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
  }
}
