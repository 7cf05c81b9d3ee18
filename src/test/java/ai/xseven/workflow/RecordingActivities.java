package ai.xseven.workflow;

import io.temporal.testing.TestWorkflowEnvironment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records each notification with the (virtual) time it was sent. */
class RecordingActivities implements AppointmentActivities {

  record Sent(long atMillis, ConversationNotification notification) {

    String key() {
      String dedupKey = notification.dedupKey();
      return dedupKey.substring(dedupKey.indexOf('-', "appointment-".length() + 36) + 1);
    }
  }

  private final TestWorkflowEnvironment testEnv;
  private final List<Sent> sent = new CopyOnWriteArrayList<>();

  RecordingActivities(TestWorkflowEnvironment testEnv) {
    this.testEnv = testEnv;
  }

  @Override
  public void notifyConversation(ConversationNotification notification) {
    sent.add(new Sent(testEnv.currentTimeMillis(), notification));
  }

  List<Sent> sent() {
    return List.copyOf(sent);
  }

  List<String> keys() {
    return sent.stream().map(Sent::key).toList();
  }

  Sent get(String key) {
    return sent.stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + key + " among " + keys()));
  }
}
