package ai.xseven.widgetsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.widgetsecurity.WidgetRateLimitProperties.Limit;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitFilterTest {

  final RateLimitFilter filter = new RateLimitFilter(new RateLimits(new WidgetRateLimitProperties(
      true, new Limit(100, Duration.ofMinutes(1)), new Limit(5, Duration.ofMinutes(1)),
      new Limit(2, Duration.ofHours(1)))));

  @Test
  void limitsConversationStartsPerClientAddress() throws Exception {
    assertThat(call("POST", "/api/v1/conversations", "203.0.113.7").getStatus()).isEqualTo(200);
    assertThat(call("POST", "/api/v1/conversations", "203.0.113.7").getStatus()).isEqualTo(200);

    MockHttpServletResponse third = call("POST", "/api/v1/conversations", "203.0.113.7");
    assertThat(third.getStatus()).isEqualTo(429);
    assertThat(third.getContentType()).isEqualTo("application/problem+json");
    assertThat(Long.parseLong(third.getHeader("Retry-After"))).isBetween(1L, 3600L);
    assertThat(third.getContentAsString())
        .contains("This address has started more than 2 conversations in an hour.");

    assertThat(call("POST", "/api/v1/conversations", "198.51.100.1").getStatus()).isEqualTo(200);
  }

  @Test
  void limitsAllRequestsAndHandshakesPerClientAddress() throws Exception {
    for (int i = 0; i < 4; i++) {
      assertThat(call("GET", "/api/v1/businesses", "203.0.113.8").getStatus()).isEqualTo(200);
    }
    assertThat(call("GET", "/ws/conversations/x", "203.0.113.8").getStatus()).isEqualTo(200);
    MockHttpServletResponse sixth = call("GET", "/api/v1/businesses", "203.0.113.8");
    assertThat(sixth.getStatus()).isEqualTo(429);
    assertThat(sixth.getContentAsString())
        .contains("This address has sent more than 5 requests in a minute to the API.");
  }

  @Test
  void leavesPagesAndPreflightsAlone() throws Exception {
    for (int i = 0; i < 10; i++) {
      assertThat(call("GET", "/widget.js", "203.0.113.9").getStatus()).isEqualTo(200);
      assertThat(call("OPTIONS", "/api/v1/conversations", "203.0.113.9").getStatus())
          .isEqualTo(200);
    }
  }

  private MockHttpServletResponse call(String method, String path, String address)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }
}
