package ai.xseven.knowledge;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A knowledge request that cannot be served; rendered as RFC 9457 problem JSON. */
class KnowledgeException extends ErrorResponseException {

  private KnowledgeException(HttpStatus status, String title, String detail) {
    super(status, problem(status, title, detail), null);
  }

  static KnowledgeException businessNotFound(UUID id) {
    return new KnowledgeException(HttpStatus.NOT_FOUND, "Business not found",
        "There is no business with id " + id + ".");
  }

  static KnowledgeException documentNotFound(UUID businessId, UUID documentId) {
    return new KnowledgeException(HttpStatus.NOT_FOUND, "Document not found",
        "Business " + businessId + " has no document with id " + documentId + ".");
  }

  static KnowledgeException unsupportedType(String declared, String fileName) {
    String what = (declared == null || declared.isBlank() ? "no content type" : "'" + declared + "'")
        + (fileName == null ? "" : " (file '" + fileName + "')");
    return new KnowledgeException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported document type",
        "A document must be " + DocumentType.SUPPORTED + "; this one has " + what + ".");
  }

  static KnowledgeException tooLarge(long bytes, long limit) {
    return new KnowledgeException(HttpStatus.PAYLOAD_TOO_LARGE, "Document too large",
        "The document has " + bytes + " bytes; the limit is " + limit + " bytes ("
            + limit / (1024 * 1024) + " MiB).");
  }

  static KnowledgeException empty() {
    return new KnowledgeException(HttpStatus.BAD_REQUEST, "Empty document",
        "The document has no text to learn from.");
  }

  static KnowledgeException unreadable(String detail) {
    return new KnowledgeException(HttpStatus.UNPROCESSABLE_ENTITY, "Unreadable document", detail);
  }

  static KnowledgeException invalid(String detail) {
    return new KnowledgeException(HttpStatus.BAD_REQUEST, "Invalid request", detail);
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
