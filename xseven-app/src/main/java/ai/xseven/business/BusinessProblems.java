package ai.xseven.business;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The business feature's refusals as RFC 9457 problem JSON. Ordered first so that these, not the
 * application-wide catch-all, answer for this package's controllers.
 */
@RestControllerAdvice(basePackageClasses = BusinessProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BusinessProblems {

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException ex) {
    return problem(HttpStatus.NOT_FOUND, ex.what() + " not found", ex.getMessage());
  }

  @ExceptionHandler(CancellationRefusedException.class)
  ProblemDetail cancellationRefused(CancellationRefusedException ex) {
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Cancellation refused", ex.getMessage());
  }

  @ExceptionHandler(OrderRejectedException.class)
  ProblemDetail orderRejected(OrderRejectedException ex) {
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Order refused", ex.getMessage());
  }

  /** Lists every reason with the rule that gave it, so the owner can fix all at once. */
  @ExceptionHandler(ChangeRefusedException.class)
  ProblemDetail changeRefused(ChangeRefusedException ex) {
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_ENTITY, "Change refused", ex.getMessage());
    problem.setProperty("reasons", ex.reasons().stream()
        .map(reason -> Map.of("rule", reason.rule(), "message", reason.text()))
        .toList());
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
