package ai.xseven.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.xseven.business.BusinessService;
import ai.xseven.business.WorkflowSettings;
import ai.xseven.support.ProductionServices;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two attempts of one activity at once (Temporal retries an attempt that timed out while it still
 * runs) on PostgreSQL: the second waits on the delivery row and, once the first commits, sends
 * nothing.
 */
class NotificationsPostgresIT {

  @Test
  void aConcurrentSecondAttemptWaitsForTheFirstAndDeliversNothing() throws Exception {
    ProductionServices.requireOrSkip();
    String database = "xseven_notification_it";
    var dataSource = new DriverManagerDataSource(ProductionServices.freshDatabase(database),
        "postgres", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
        .migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    UUID business = UUID.randomUUID();
    BusinessService businesses = mock(BusinessService.class);
    when(businesses.workflowSettings(business)).thenReturn(Optional.of(WorkflowSettings.DEFAULTS));
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    AtomicInteger deliveries = new AtomicInteger();
    NotificationChannel slowConversation = new NotificationChannel() {
      @Override
      public String name() {
        return "conversation";
      }

      @Override
      public void deliver(Notification notification) {
        deliveries.incrementAndGet();
        firstInside.countDown();
        try {
          releaseFirst.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    Notifications notifications = new Notifications(
        new NotificationChannels(List.of(slowConversation)),
        new NotificationDeliveries(jdbc, Clock.systemUTC()), businesses, alert -> {},
        new DataSourceTransactionManager(dataSource));
    Notification reminder = new Notification("appointment-9-reminder-60m", business,
        UUID.randomUUID(), "Sara Conti", null, "reminder", "Your table is at 8 PM.");

    CompletableFuture<Void> first =
        CompletableFuture.runAsync(() -> notifications.notifyCustomer(reminder));
    assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(() -> notifications.notifyCustomer(reminder));
    // The second attempt's insert waits on the first one's uncommitted row.
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
            "select count(*) from pg_stat_activity where datname = ? and wait_event_type = 'Lock'")
        .param(database).query(Long.class).single() == 1);
    releaseFirst.countDown();

    first.get(30, TimeUnit.SECONDS);
    second.get(30, TimeUnit.SECONDS);
    assertThat(deliveries).hasValue(1);
    assertThat(jdbc.sql("select count(*) from notification_delivery where dedup_key = ?")
        .param(reminder.dedupKey()).query(Long.class).single()).isEqualTo(1);
  }
}
