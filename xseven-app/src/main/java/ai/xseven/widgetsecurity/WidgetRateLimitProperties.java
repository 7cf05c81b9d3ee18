package ai.xseven.widgetsecurity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token-bucket limits of the public conversation API ({@code xseven.widget.rate-limits.*}).
 *
 * @param enabled off for load drivers that send everything from one address
 * @param messagesPerConversation customer messages one conversation may post
 * @param requestsPerAddress API requests and WebSocket handshakes from one client address
 * @param startsPerAddress conversations one client address may start
 */
@ConfigurationProperties("xseven.widget.rate-limits")
record WidgetRateLimitProperties(boolean enabled, Limit messagesPerConversation,
    Limit requestsPerAddress, Limit startsPerAddress) {

  /** {@code requests} per {@code per}, refilled evenly; a full bucket allows a burst of them. */
  record Limit(int requests, Duration per) {}
}
