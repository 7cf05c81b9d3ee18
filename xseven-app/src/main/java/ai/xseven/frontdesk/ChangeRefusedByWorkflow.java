package ai.xseven.frontdesk;

import java.util.Map;

/**
 * A workflow refused a change asked for over HTTP (a move outside the booking policy, a
 * cancellation outside the window, an order step that does not fit its stage): a 409 problem with
 * the workflow's reason.
 *
 * @see FrontDeskProblems
 */
class ChangeRefusedByWorkflow extends RuntimeException {

  private final String title;
  private final Map<String, Object> properties;

  /**
   * @param title e.g. "Cancellation refused"
   * @param reason the workflow's reason, which a person reads
   * @param properties what the problem also names, e.g. the booking's id and current status
   */
  ChangeRefusedByWorkflow(String title, String reason, Map<String, Object> properties) {
    super(reason, null, false, false);
    this.title = title;
    this.properties = Map.copyOf(properties);
  }

  String title() {
    return title;
  }

  Map<String, Object> properties() {
    return properties;
  }
}
