package ai.xseven.workflow;

/** What the business does to an order; each is valid in one stage only. */
public enum OrderAction {
  ACCEPT,
  REJECT,
  START_PREPARING,
  MARK_READY,
  PICKED_UP,
  DELIVERED
}
