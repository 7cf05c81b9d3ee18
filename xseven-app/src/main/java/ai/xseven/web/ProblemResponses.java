package ai.xseven.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem JSON written by the filters, which run before Spring MVC's error handling. */
public final class ProblemResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemResponses() {}

  public static byte[] body(HttpStatus status, String title, String detail, String path) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(path));
    try {
      return JSON.writeValueAsBytes(problem);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  public static void write(HttpServletResponse response, HttpStatus status, String title, String detail,
      String path) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(body(status, title, detail, path));
  }
}
