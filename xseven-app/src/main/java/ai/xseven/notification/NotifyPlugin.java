package ai.xseven.notification;

import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.sdk.Variable;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the business's owner (an alert in the owner's notifications, stored with the turn) or the
 * customer (over the business's notification channels, like a workflow's reminder). A customer's
 * notification goes once the turn commits: a turn that rolls back tells nobody, and the
 * conversation channel writes to the conversation the turn still holds. Each run is one
 * notification (its own dedup key); a failed delivery after commit is logged.
 */
@Component
class NotifyPlugin implements ServiceTaskPlugin {

  private static final Logger log = LoggerFactory.getLogger(NotifyPlugin.class);

  private final Notifications notifications;

  NotifyPlugin(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("notify")
        .name("Notify")
        .description("Sends a notification to the business's owner or to the customer.")
        .input(InputField.choice("recipient", "owner", "customer").label("Recipient").required())
        .input(InputField.expression("text").label("Text").required().maxLength(2000)
            .description("What they read, e.g. New large order from ${customerName}."))
        .input(InputField.text("kind").label("Kind").defaultValue("process")
            .pattern("[a-z][a-z0-9-]{0,39}")
            .description("A short tag the owner's list and the channels show, e.g. large-order."))
        .reads(List.of(
            Variable.required("businessId", String.class, "The business notified or notifying."),
            Variable.optional("customerName", String.class, "The customer, for the channels."),
            Variable.optional("customerContact", String.class,
                "The customer's e-mail or phone, for the e-mail and SMS channels.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    UUID business = uuid(context.businessId().orElseThrow(() -> new PluginException("Task "
        + context.taskId() + " notifies, but the conversation has no business")), context);
    UUID conversation = conversation(context);
    String text = context.text("text").orElseThrow();
    String kind = context.text("kind").orElse("process");
    String dedupKey = "notify-" + UUID.randomUUID();
    if ("owner".equals(context.text("recipient").orElseThrow())) {
      notifications.alertOwner(new OwnerAlert(dedupKey, business, conversation, kind, text));
    } else {
      Notification notification = new Notification(dedupKey, business, conversation,
          context.variable("customerName", String.class).orElse(null),
          context.variable("customerContact", String.class).orElse(null), kind, text);
      afterCommit(() -> notifications.notifyCustomer(notification));
    }
    return PluginResult.builder().build();
  }

  private static void afterCommit(Runnable send) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      send.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        try {
          send.run();
        } catch (RuntimeException e) {
          log.error("A notification of a diagram could not be delivered", e);
        }
      }
    });
  }

  private static UUID conversation(PluginContext context) {
    try {
      return UUID.fromString(context.conversationId());
    } catch (RuntimeException notAConversation) {
      return null;
    }
  }

  private static UUID uuid(String text, PluginContext context) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new PluginException("Task " + context.taskId() + ": businessId '" + text
          + "' is not a UUID");
    }
  }
}
