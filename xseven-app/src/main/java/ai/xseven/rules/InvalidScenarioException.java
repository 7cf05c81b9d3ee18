package ai.xseven.rules;

/** A scenario text that cannot be read; the message is a sentence for the analyst. */
public class InvalidScenarioException extends RuntimeException {

  InvalidScenarioException(String message) {
    super(message);
  }
}
