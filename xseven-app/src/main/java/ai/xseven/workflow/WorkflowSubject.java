package ai.xseven.workflow;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.business.Order;
import ai.xseven.business.OrderService;
import ai.xseven.plugin.PluginTools;
import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The booking or order behind a workflow id a plugin was given ({@code appointment-<bookingId>}
 * or {@code order-<orderId>}), once it is known to belong to the plugin's business — and, when an
 * agent called the plugin, to the agent's own conversation: a customer's agent never reaches
 * another customer's booking, whatever id the model writes.
 */
record WorkflowSubject(Kind kind, String workflowId, UUID subjectId, ZoneId zone) {

  enum Kind {
    APPOINTMENT("appointment-"),
    ORDER("order-");

    final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  /** The field both workflow plugins take the workflow's id in. */
  static InputField.Builder idField() {
    return InputField.expression("workflowId").label("Workflow id").required()
        .description("appointment-<bookingId> or order-<orderId>, e.g. ${workflowId}.");
  }

  /**
   * The subject of the task's {@code workflowId} field.
   *
   * @throws PluginException when the id is no workflow id (a modelling error)
   * @throws BusinessError {@code WORKFLOW_NOT_FOUND} when no booking or order of this business
   *     (and conversation, for an agent) has it
   */
  static WorkflowSubject of(PluginContext context, BookingService bookings,
      OrderService orders) {
    String id = context.text("workflowId").orElse("");
    for (Kind kind : Kind.values()) {
      if (id.startsWith(kind.prefix)) {
        UUID subject = uuid(id.substring(kind.prefix.length()), id, context);
        Optional<ZoneId> zone = kind == Kind.APPOINTMENT
            ? bookings.find(subject).filter(booking -> belongs(booking, context))
                .map(BookingConfirmation::zone)
            : orders.find(subject).filter(order -> belongs(order, context)).map(Order::zone);
        return new WorkflowSubject(kind, id, subject, zone.orElseThrow(() -> notFound(id)));
      }
    }
    throw new PluginException("Task " + context.taskId() + ": '" + id + "' is not a workflow id "
        + "(appointment-<bookingId> or order-<orderId>)");
  }

  static BusinessError notFound(String workflowId) {
    return new BusinessError("WORKFLOW_NOT_FOUND", "There is no workflow " + workflowId + " here.");
  }

  private static boolean belongs(BookingConfirmation booking, PluginContext context) {
    return belongs(booking.businessId(), booking.conversationId(), context);
  }

  private static boolean belongs(Order order, PluginContext context) {
    return belongs(order.businessId(), order.conversationId(), context);
  }

  private static boolean belongs(UUID business, UUID conversation, PluginContext context) {
    if (!context.businessId().map(id -> id.equals(String.valueOf(business))).orElse(false)) {
      return false;
    }
    return !PluginTools.TASK_ID.equals(context.taskId())
        || Objects.equals(String.valueOf(conversation), context.conversationId());
  }

  private static UUID uuid(String text, String workflowId, PluginContext context) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new PluginException("Task " + context.taskId() + ": '" + workflowId
          + "' does not end in a booking or order id");
    }
  }
}
