package ai.xseven.conversation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request about a conversation that cannot be served; rendered as RFC 9457 problem JSON. */
class ConversationException extends ErrorResponseException {

  private ConversationException(HttpStatus status, String title, String detail) {
    super(status, problem(status, title, detail), null);
  }

  static ConversationException notFound(Object id) {
    return new ConversationException(HttpStatus.NOT_FOUND, "Conversation not found",
        "There is no conversation with id " + id + ".");
  }

  static ConversationException businessNotFound(Object id) {
    return new ConversationException(HttpStatus.NOT_FOUND, "Business not found",
        "There is no business with id " + id + ".");
  }

  static ConversationException invalid(String detail) {
    return new ConversationException(HttpStatus.BAD_REQUEST, "Invalid request", detail);
  }

  static ConversationException tooLong(int length, int limit) {
    return new ConversationException(HttpStatus.PAYLOAD_TOO_LARGE, "Message too long",
        "The message has " + length + " characters; the limit is " + limit + ".");
  }

  static ConversationException closed(Object id) {
    return new ConversationException(HttpStatus.CONFLICT, "Conversation closed",
        "Conversation " + id + " has ended. Start a new conversation to continue.");
  }

  static ConversationException notHandedOver(Object id) {
    return new ConversationException(HttpStatus.CONFLICT, "Not with staff",
        "Conversation " + id + " is not handed over to staff.");
  }

  static ConversationException channelUnavailable(String channel) {
    return new ConversationException(HttpStatus.UNPROCESSABLE_ENTITY, "Channel not available",
        "No process is deployed for the '" + channel + "' channel.");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
