package ai.xseven.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 401 (no or unknown token) or 403 (a token of another business), as RFC 9457 problem JSON. */
class OwnerAuthenticationException extends ErrorResponseException {

  private OwnerAuthenticationException(HttpStatus status, String title, String detail) {
    super(status, problem(status, title, detail), null);
    if (status == HttpStatus.UNAUTHORIZED) {
      getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"xseven-owner\"");
    }
  }

  static OwnerAuthenticationException missing() {
    return new OwnerAuthenticationException(HttpStatus.UNAUTHORIZED, "Sign-in required",
        "Only the business's owner may do this (the dashboard chat, menu, hours, orders and"
            + " bookings): send the owner token as 'Authorization: Bearer <token>'.");
  }

  static OwnerAuthenticationException staffMissing() {
    return new OwnerAuthenticationException(HttpStatus.UNAUTHORIZED, "Sign-in required",
        "Only the business's staff may do this: send the owner token as 'Authorization: Bearer"
            + " <token>', or a studio account with HTTP Basic.");
  }

  static OwnerAuthenticationException unknown() {
    return new OwnerAuthenticationException(HttpStatus.UNAUTHORIZED, "Invalid token",
        "The bearer token is not a valid owner token.");
  }

  static OwnerAuthenticationException otherBusiness() {
    return new OwnerAuthenticationException(HttpStatus.FORBIDDEN, "Not your business",
        "This belongs to another business.");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
