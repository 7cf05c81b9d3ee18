package ai.xseven.studio.conversations;

import ai.xseven.conversation.ConversationMonitor;
import ai.xseven.conversation.ConversationSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.springframework.web.ErrorResponse;

/**
 * A person takes the conversation over from the assistant, answers the customer and hands it
 * back. A refusal (the conversation closed meanwhile, say) is a sentence, never a stack trace.
 */
class TakeOverBar extends VerticalLayout {

  private final ConversationMonitor monitor;
  private final UUID conversationId;
  private final String user;
  private final Runnable afterChange;
  private final Span state = new Span();
  private final Button takeOver = new Button("Take over");
  private final Button handBack = new Button("Hand back");
  private final TextArea reply = new TextArea();
  private final Button send = new Button("Send to customer");

  TakeOverBar(ConversationMonitor monitor, UUID conversationId, String user,
      Runnable afterChange) {
    this.monitor = monitor;
    this.conversationId = conversationId;
    this.user = user;
    this.afterChange = afterChange;
    setPadding(false);
    state.setId("takeover-state");
    takeOver.setId("take-over");
    takeOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    takeOver.addClickListener(click ->
        attempt(() -> monitor.takeOver(conversationId, user), "You have the conversation."));
    handBack.setId("hand-back");
    handBack.addClickListener(click -> attempt(() -> monitor.handBack(conversationId, user),
        "The assistant has the conversation again."));
    reply.setId("staff-reply-text");
    reply.setPlaceholder("Your reply to the customer");
    reply.setWidthFull();
    reply.setMaxLength(4000);
    send.setId("send-staff-reply");
    send.addClickListener(click -> sendReply());
    HorizontalLayout buttons = new HorizontalLayout(takeOver, handBack, state);
    buttons.setAlignItems(Alignment.CENTER);
    HorizontalLayout answer = new HorizontalLayout(reply, send);
    answer.setWidthFull();
    answer.setAlignItems(Alignment.END);
    add(buttons, answer);
  }

  void show(ConversationSummary conversation) {
    boolean staffHaveIt = conversation.takenOver();
    takeOver.setEnabled(!conversation.closed()
        && !(staffHaveIt && user.equals(conversation.takenOverBy())));
    handBack.setEnabled(staffHaveIt);
    reply.setEnabled(staffHaveIt);
    send.setEnabled(staffHaveIt);
    state.setText(conversation.closed() ? "The conversation has ended."
        : !staffHaveIt ? "The assistant answers the customer."
        : conversation.takenOverBy() == null
            ? "The assistant handed this conversation to the staff; it stays quiet."
            : conversation.takenOverBy() + " has the conversation; the assistant stays quiet.");
  }

  private void sendReply() {
    String text = reply.getValue();
    if (text == null || text.isBlank()) {
      reply.setInvalid(true);
      reply.setErrorMessage("Write a reply first.");
      return;
    }
    reply.setInvalid(false);
    if (attempt(() -> monitor.reply(conversationId, user, text), "Sent to the customer.")) {
      reply.clear();
    }
  }

  /** False, with the reason shown, when the action was refused; the page is redrawn either way. */
  private boolean attempt(Runnable action, String done) {
    try {
      action.run();
      Notification.show(done, 3000, Notification.Position.BOTTOM_START);
      return true;
    } catch (RuntimeException refused) {
      String why = refused instanceof ErrorResponse problem && problem.getBody().getDetail() != null
          ? problem.getBody().getDetail() : "That did not work: " + refused.getMessage();
      Notification.show(why, 5000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
      return false;
    } finally {
      afterChange.run();
    }
  }
}
