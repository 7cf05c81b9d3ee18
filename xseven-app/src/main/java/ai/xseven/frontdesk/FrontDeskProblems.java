package ai.xseven.frontdesk;

import ai.xseven.business.NotFoundException;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The front desk's refusals as RFC 9457 problem JSON: an unknown booking or order is 404, a change
 * its workflow refuses is 409 with the workflow's reason, an unreachable workflow service 503.
 * Owner sign-in problems (401, 403) and malformed bodies (400) come from the application-wide
 * handlers.
 */
@RestControllerAdvice(basePackageClasses = FrontDeskProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FrontDeskProblems {

  private static final Logger log = LoggerFactory.getLogger(FrontDeskProblems.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException ex) {
    return problem(HttpStatus.NOT_FOUND, ex.what() + " not found", ex.getMessage());
  }

  @ExceptionHandler(ChangeRefusedByWorkflow.class)
  ProblemDetail refused(ChangeRefusedByWorkflow ex) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, ex.title(), ex.getMessage());
    ex.properties().forEach(problem::setProperty);
    return problem;
  }

  /** Temporal cannot be reached (or answered with a failure): nothing was changed. */
  @ExceptionHandler({WorkflowException.class, StatusRuntimeException.class})
  ProblemDetail unavailable(RuntimeException ex) {
    log.error("The workflow service failed", ex);
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "Workflows unavailable",
        "The booking and order workflows cannot be reached just now; nothing was changed. Please"
            + " try again in a moment.");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
