package ai.xseven.studio.conversations;

import ai.xseven.conversation.ConversationChanged;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fans committed conversation changes out to the open studio pages. The pages are updated from a
 * thread of their own, so a customer's turn never waits for a studio page to redraw.
 */
@Component
class ConversationFeed {

  private record Subscriber(UI ui, Consumer<ConversationChanged> onChange) {}

  private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
  private final ExecutorService fanOut =
      Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "studio-conversation-feed");
        thread.setDaemon(true);
        return thread;
      });

  /** {@code onChange} runs with the UI's lock held (via {@link UI#access}). */
  Registration subscribe(UI ui, Consumer<ConversationChanged> onChange) {
    Subscriber subscriber = new Subscriber(ui, onChange);
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  @EventListener
  void onChange(ConversationChanged change) {
    // Usually nobody watches: then a customer's turn costs nothing here.
    if (subscribers.isEmpty()) {
      return;
    }
    fanOut.execute(() -> subscribers.forEach(subscriber -> {
      if (subscriber.ui().isAttached()) {
        subscriber.ui().access(() -> subscriber.onChange().accept(change));
      }
    }));
  }

  @PreDestroy
  void stop() {
    fanOut.shutdownNow();
  }
}
