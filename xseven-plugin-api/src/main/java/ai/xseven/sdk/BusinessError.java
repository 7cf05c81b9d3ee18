package ai.xseven.sdk;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An outcome the diagram is expected to handle, such as "card declined" or "no table free": it
 * becomes the BPMN error {@code code}, which an error boundary event on the task can catch. Not
 * retried. When nothing catches it, the task fails like a technical failure.
 */
public class BusinessError extends RuntimeException {

  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");
  private final String code;

  public BusinessError(String code, String message) {
    super(Objects.requireNonNull(message, "message"));
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("A BPMN error code is a letter then letters, digits, "
          + "_ . -: '" + code + "'");
    }
    this.code = code;
  }

  /** The BPMN error code a boundary event matches, e.g. {@code CARD_DECLINED}. */
  public String code() {
    return code;
  }
}
