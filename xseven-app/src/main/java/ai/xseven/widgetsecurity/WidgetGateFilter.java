package ai.xseven.widgetsecurity;

import ai.xseven.web.ProblemResponses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CORS and the widget check for {@code /api/v1/**}, in the public security chain. Only requests
 * whose {@code Origin} is another site's are concerned. Preflights carry no business, so they are
 * answered for an origin that some business allows; the request itself is then checked against
 * its own business: the one named by {@code businessId} when a conversation starts, the
 * conversation's afterwards. {@code Access-Control-Allow-Origin} is sent only to allowed origins.
 */
public class WidgetGateFilter extends OncePerRequestFilter {

  static final String KEY_HEADER = "X-Widget-Key";
  private static final Pattern CONVERSATION =
      Pattern.compile("/api/v1/conversations/([^/]+)(/.*)?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WidgetGate gate;
  private final int maxBodyBytes;

  WidgetGateFilter(WidgetGate gate, int maxBodyBytes) {
    this.gate = gate;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/v1/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<String> foreign = gate.foreignOrigin(request.getHeader("Origin"), ownOrigin(request));
    if (foreign.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String origin = foreign.get();
    String path = request.getRequestURI();
    if (CorsUtils.isPreFlightRequest(request)) {
      preflight(origin, path, response);
      return;
    }
    HttpServletRequest forward = request;
    Optional<Refusal> refusal = Optional.empty();
    String key = request.getHeader(KEY_HEADER);
    Matcher conversation = CONVERSATION.matcher(path);
    if (path.equals("/api/v1/conversations") || path.equals("/api/v1/conversations/")) {
      byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
      if (body.length > maxBodyBytes) {
        ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
            "The request body is larger than " + maxBodyBytes + " bytes.", path);
        return;
      }
      forward = new CachedBodyRequest(request, body);
      Optional<UUID> business = businessId(body);
      refusal = business.isEmpty()
          ? Optional.of(new Refusal("A conversation started from " + origin
              + " must name its business (businessId) and carry its widget key."))
          : gate.check(business.get(), origin, key);
    } else if (conversation.matches()) {
      Optional<UUID> id = uuid(conversation.group(1));
      if (id.isPresent()) {
        refusal = gate.checkConversation(id.get(), origin, key);
      }
    } else if (!gate.allowedBySomeBusiness(origin)) {
      // Other public reads (a business's profile, the widget's configuration) are no secret,
      // but only pages of the businesses' own sites are let to read them.
      chain.doFilter(request, response);
      return;
    }
    if (refusal.isPresent()) {
      ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Widget not allowed here",
          refusal.get().detail(), path);
      return;
    }
    allow(origin, response);
    chain.doFilter(forward, response);
  }

  private void preflight(String origin, String path, HttpServletResponse response)
      throws IOException {
    if (!gate.allowedBySomeBusiness(origin)) {
      ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Widget not allowed here",
          "No business allows its chat widget on " + origin + ".", path);
      return;
    }
    allow(origin, response);
    response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
    response.setHeader("Access-Control-Allow-Headers",
        "Content-Type, " + KEY_HEADER + ", Authorization");
    response.setHeader("Access-Control-Max-Age", "600");
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  private static void allow(String origin, HttpServletResponse response) {
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.addHeader("Vary", "Origin");
    response.setHeader("Access-Control-Expose-Headers", "Location, Retry-After");
  }

  static String ownOrigin(HttpServletRequest request) {
    return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
  }

  private static Optional<UUID> businessId(byte[] body) {
    try {
      JsonNode id = JSON.readTree(body).path("businessId");
      return id.isTextual() ? uuid(id.asText()) : Optional.empty();
    } catch (IOException | RuntimeException notJson) {
      return Optional.empty();
    }
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
