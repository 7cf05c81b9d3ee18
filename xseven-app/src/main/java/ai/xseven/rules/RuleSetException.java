package ai.xseven.rules;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request about a rule set that cannot be served; rendered as RFC 9457 problem JSON. */
class RuleSetException extends ErrorResponseException {

  private RuleSetException(HttpStatus status, String title, String detail) {
    super(status, problem(status, title, detail), null);
  }

  static RuleSetException notFound(String name) {
    return new RuleSetException(HttpStatus.NOT_FOUND, "Rule set not found",
        "There is no rule set named '" + name + "'.");
  }

  static RuleSetException versionNotFound(String name, int version) {
    return new RuleSetException(HttpStatus.NOT_FOUND, "Version not found",
        "Rule set '" + name + "' has no version " + version + ".");
  }

  static RuleSetException invalidName(String name) {
    return new RuleSetException(HttpStatus.BAD_REQUEST, "Invalid rule set name",
        "'" + name + "' is not a valid rule set name: use 1 to 80 lower-case letters, digits and "
            + "dashes.");
  }

  static RuleSetException invalid(String detail) {
    return new RuleSetException(HttpStatus.BAD_REQUEST, "Invalid request", detail);
  }

  static RuleSetException concurrentChange(String name) {
    return new RuleSetException(HttpStatus.CONFLICT, "Concurrent change",
        "Rule set '" + name + "' was changed by someone else at the same moment. Reload and try "
            + "again.");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
