package ai.xseven.notification;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code notification_delivery} table: one row per notification and channel, written in the
 * same transaction as the delivery, so a delivery that fails leaves no row and a retry finds the
 * row of one that succeeded.
 */
@Component
class NotificationDeliveries {

  private final JdbcClient jdbc;
  private final Clock clock;

  NotificationDeliveries(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Claims the delivery inside the caller's transaction: false when it was delivered before. A
   * concurrent attempt with the same key waits on the primary key until this one ends, then finds
   * the row (or, if this one rolled back, claims it itself).
   *
   * @throws ClaimedConcurrently when another attempt committed the row in the meantime
   */
  boolean claim(String dedupKey, String channel) {
    if (delivered(dedupKey, channel)) {
      return false;
    }
    try {
      jdbc.sql("insert into notification_delivery (dedup_key, channel, delivered_at)"
              + " values (?, ?, ?)")
          .params(dedupKey, channel, Timestamp.from(clock.instant()))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      throw new ClaimedConcurrently();
    }
  }

  boolean delivered(String dedupKey, String channel) {
    return jdbc.sql("select count(*) from notification_delivery where dedup_key = ? and channel = ?")
        .params(dedupKey, channel)
        .query(Long.class)
        .single() > 0;
  }

  /** Ends the claiming transaction (some databases refuse to go on after the failed insert). */
  static class ClaimedConcurrently extends RuntimeException {
    ClaimedConcurrently() {
      super(null, null, false, false);
    }
  }
}
