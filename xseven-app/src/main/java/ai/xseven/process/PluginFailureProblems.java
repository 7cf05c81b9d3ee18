package ai.xseven.process;

import ai.xseven.sdk.PluginException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A plugin that fails inside a synchronous task fails the whole turn: the engine's transaction,
 * and with it the customer's message, is rolled back. The caller hears that, and that sending
 * the message again is safe; the plugin's own sentence goes to the log, not to the customer.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PluginFailureProblems {

  private static final Logger log = LoggerFactory.getLogger(PluginFailureProblems.class);

  @ExceptionHandler(PluginException.class)
  ProblemDetail pluginFailed(PluginException failure) {
    log.warn("A turn failed in a plugin task: {}", failure.getMessage());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "The assistant could not finish this turn because one of its steps failed. Nothing was "
            + "saved; please send the message again in a moment.");
    problem.setTitle("A step of the conversation failed");
    return problem;
  }
}
