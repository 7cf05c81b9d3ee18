package ai.xseven.widgetsecurity;

import ai.xseven.web.ProblemResponses;
import ai.xseven.widgetsecurity.RateLimits.Kind;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API calls and WebSocket handshakes over the limits with {@code 429}, a
 * {@code Retry-After} in seconds and a sentence. It runs before Spring Security, so floods cost
 * as little as possible. The client address is the servlet's remote address: behind a reverse
 * proxy set {@code server.forward-headers-strategy} so it is the customer's, not the proxy's.
 */
class RateLimitFilter extends OncePerRequestFilter {

  private static final Pattern MESSAGES =
      Pattern.compile("/api/v1/conversations/([^/]+)/messages/?");

  private final RateLimits limits;

  RateLimitFilter(RateLimits limits) {
    this.limits = limits;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !limits.enabled() || !(path.startsWith("/api/") || path.startsWith("/ws/"))
        || "OPTIONS".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String address = request.getRemoteAddr();
    String path = request.getRequestURI();
    boolean post = "POST".equals(request.getMethod());
    Optional<Duration> wait = limits.take(Kind.REQUESTS, address);
    if (wait.isPresent()) {
      refuse(response, path, wait.get(), "This address has sent more than "
          + describe(Kind.REQUESTS, "requests") + " to the API.");
      return;
    }
    if (post && (path.equals("/api/v1/conversations") || path.equals("/api/v1/conversations/"))) {
      wait = limits.take(Kind.STARTS, address);
      if (wait.isPresent()) {
        refuse(response, path, wait.get(), "This address has started more than "
            + describe(Kind.STARTS, "conversations") + ".");
        return;
      }
    }
    Matcher message = MESSAGES.matcher(path);
    if (post && message.matches()) {
      wait = limits.take(Kind.MESSAGES, message.group(1));
      if (wait.isPresent()) {
        refuse(response, path, wait.get(), "This conversation has sent more than "
            + describe(Kind.MESSAGES, "messages") + ".");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private String describe(Kind kind, String what) {
    var limit = limits.limit(kind);
    return limit.requests() + " " + what + " in " + humanise(limit.per());
  }

  private static String humanise(Duration period) {
    long seconds = period.toSeconds();
    if (seconds % 3600 == 0) {
      return seconds == 3600 ? "an hour" : seconds / 3600 + " hours";
    }
    if (seconds % 60 == 0) {
      return seconds == 60 ? "a minute" : seconds / 60 + " minutes";
    }
    return seconds + " seconds";
  }

  private static void refuse(HttpServletResponse response, String path, Duration wait,
      String what) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader("Retry-After", Long.toString(seconds));
    ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
        what + " Please wait " + seconds + (seconds == 1 ? " second" : " seconds")
            + " and try again.", path);
  }
}
