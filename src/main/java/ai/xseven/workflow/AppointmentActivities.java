package ai.xseven.workflow;

import io.temporal.activity.ActivityInterface;

/** What appointment workflows do outside themselves. */
@ActivityInterface
public interface AppointmentActivities {

  void notifyConversation(ConversationNotification notification);
}
