package ai.xseven.studio;

import ai.xseven.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The HTTP API's answer when a request needs a studio account (HTTP Basic) it did not bring or
 * whose role is not enough: RFC 9457 problem JSON with a sentence, like every other API error.
 */
class ApiAccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException failure) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"X-Seven\"");
    write(request, response, HttpStatus.UNAUTHORIZED, "Sign-in required",
        "This change needs a studio analyst or admin account: send it with HTTP Basic "
            + "authentication (user name and password of the studio).");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException denied) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "Not allowed",
        "Only studio analysts and admins may change rule sets and deploy processes.");
  }

  private static void write(HttpServletRequest request, HttpServletResponse response,
      HttpStatus status, String title, String detail) throws IOException {
    ProblemResponses.write(response, status, title, detail, request.getRequestURI());
  }
}
