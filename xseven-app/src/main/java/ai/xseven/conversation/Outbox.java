package ai.xseven.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Frames for WebSocket clients are written in the same transaction as the message they carry and
 * published only after it commits, so a client never sees a reply that was rolled back. A frame
 * whose node died before publishing is picked up by the sweeper of any node.
 */
@Component
class Outbox {

  private static final Duration SWEEP_AGE = Duration.ofSeconds(5);

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final PushChannel push;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Outbox(JdbcClient jdbc, ObjectMapper json, PushChannel push, ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.push = push;
    this.events = events;
    this.clock = clock;
  }

  record Enqueued(long id, UUID conversationId, String payload) {}

  void enqueue(PushFrame frame) {
    String payload = serialize(frame);
    var key = new GeneratedKeyHolder();
    jdbc.sql("insert into outbox (conversation_id, payload, created_at) values (?, ?, ?)")
        .params(frame.conversationId(), payload, Timestamp.from(clock.instant()))
        .update(key, "id");
    events.publishEvent(new Enqueued(key.getKey().longValue(), frame.conversationId(), payload));
  }

  @TransactionalEventListener
  void publishAfterCommit(Enqueued entry) {
    publishIfUnclaimed(entry.id(), entry.conversationId(), entry.payload());
  }

  @Scheduled(fixedDelayString = "${xseven.outbox.sweep-interval:PT2S}")
  void sweep() {
    record Pending(long id, UUID conversationId, String payload) {}
    List<Pending> pending =
        jdbc.sql(
                "select id, conversation_id, payload from outbox where published_at is null"
                    + " and created_at < ? order by id fetch first 200 rows only")
            .param(Timestamp.from(clock.instant().minus(SWEEP_AGE)))
            .query(Pending.class)
            .list();
    pending.forEach(p -> publishIfUnclaimed(p.id(), p.conversationId(), p.payload()));
  }

  /** The conditional update is the claim: of all nodes, one publishes each frame. */
  private void publishIfUnclaimed(long id, UUID conversationId, String payload) {
    int claimed =
        jdbc.sql("update outbox set published_at = ? where id = ? and published_at is null")
            .params(Timestamp.from(clock.instant()), id)
            .update();
    if (claimed == 1) {
      push.publish(conversationId, payload);
    }
  }

  private String serialize(PushFrame frame) {
    try {
      return json.writeValueAsString(frame);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A push frame could not be serialized", e);
    }
  }
}
