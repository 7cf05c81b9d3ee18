package ai.xseven.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ai.xseven.business.BusinessService;
import ai.xseven.business.NotFoundException;
import ai.xseven.business.Order;
import ai.xseven.business.OrderItem;
import ai.xseven.business.OrderService;
import ai.xseven.notification.Notification;
import ai.xseven.notification.OwnerAlert;
import ai.xseven.sdk.PluginContext;
import ai.xseven.support.TaskContext;
import ai.xseven.sdk.PluginException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order facade, the start after commit, the recovery and the plugin, with the order rows and
 * payment ledger on the real schema (H2) and Temporal on a time-skipping server. Transactions
 * commit (no test transaction), since workflows start after commit.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@RecordApplicationEvents
@TestPropertySource(
    properties = {
      "xseven.temporal.mode=time-skipping",
      "xseven.temporal.namespace=default",
      "xseven.temporal.task-queue=orders-test"
    })
@Import(OrderWorkflowsTest.Beans.class)
class OrderWorkflowsTest {

  @TestConfiguration(proxyBeanMethods = false)
  @EnableConfigurationProperties(TemporalProperties.class)
  @ComponentScan(
      basePackageClasses = OrderService.class,
      useDefaultFilters = false,
      includeFilters = {
        @ComponentScan.Filter(
            type = FilterType.ASSIGNABLE_TYPE,
            classes = {OrderService.class, BusinessService.class}),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.(PickupTimes|OrderPaymentLedger)")
      })
  @Import({
    TemporalConfiguration.class,
    TimeSkippingTemporalConfiguration.class,
    TemporalWorkers.class,
    NoAppointments.class,
    OrderActivitiesImpl.class,
    OrderWorkflows.class,
    OrderWorkflowStarter.class,
    OrderRecovery.class,
    StartOrderWorkflowPlugin.class,
    SentNotifications.class
  })
  static class Beans {}

  /** The worker registers appointment activities too; no appointment runs in these tests. */
  static class NoAppointments implements AppointmentActivities {

    @Override
    public AppointmentChange move(String bookingId, String newStart, boolean bypassWindow) {
      throw new UnsupportedOperationException("no appointments in the order tests");
    }

    @Override
    public AppointmentChange cancel(String bookingId, boolean ownerOverride) {
      throw new UnsupportedOperationException("no appointments in the order tests");
    }

    @Override
    public AppointmentChange markCheckedIn(String bookingId) {
      throw new UnsupportedOperationException("no appointments in the order tests");
    }

    @Override
    public AppointmentChange markNoShow(String bookingId) {
      throw new UnsupportedOperationException("no appointments in the order tests");
    }

    @Override
    public AppointmentChange markCompleted(String bookingId) {
      throw new UnsupportedOperationException("no appointments in the order tests");
    }
  }

  /** Stands in for the notification feature. */
  static class SentNotifications implements NotificationActivities {

    final List<Notification> customer = new CopyOnWriteArrayList<>();

    @Override
    public void notifyCustomer(Notification notification) {
      customer.add(notification);
    }

    @Override
    public void alertOwner(OwnerAlert alert) {}

    Notification awaitKey(String dedupKey) {
      return await().atMost(Duration.ofSeconds(30)).until(
          () -> customer.stream().filter(n -> n.dedupKey().equals(dedupKey)).findFirst(),
          Optional::isPresent).orElseThrow();
    }
  }

  @Autowired OrderWorkflows workflows;
  @Autowired OrderService orders;
  @Autowired OrderRecovery recovery;
  @Autowired StartOrderWorkflowPlugin plugin;
  @Autowired SentNotifications sent;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired ApplicationEvents events;

  UUID businessId;
  UUID conversationId = UUID.randomUUID();

  @BeforeEach
  void openATakeaway() {
    businessId = UUID.randomUUID();
    jdbc.update("insert into business (id, slug, name, kind, description, area, address, phone,"
            + " time_zone, capacity, slot_minutes, min_lead_minutes, created_at)"
            + " values (?, ?, 'Test Takeaway', 'RESTAURANT', 'For tests.', 'nowhere',"
            + " '2 Test Street', '+1 555 0198', 'America/New_York', 10, 60, 30, ?)",
        businessId, "test-takeaway-" + businessId, Timestamp.from(Instant.now()));
    jdbc.update("insert into catalog_item (id, business_id, category, name, description,"
            + " price_cents, currency, available, position)"
            + " values (?, ?, 'Desserts', 'Tiramisu', 'Sweet.', 850, 'USD', true, 0)",
        UUID.randomUUID(), businessId);
  }

  @Test
  void placingAnOrderStartsItsWorkflowOnlyOnceTheOrderIsCommitted() {
    Order placed = transaction.execute(status -> {
      Order order = place();
      assertThat(workflows.status(OrderWorkflows.workflowId(order.orderId()))).isEmpty();
      return order;
    });
    String workflowId = "order-" + placed.orderId();

    assertThat(placed.workflowId()).isEqualTo(workflowId);
    assertThat(orders.get(placed.orderId()).workflowId()).isEqualTo(workflowId);
    assertThat(workflows.status(workflowId)).hasValueSatisfying(status -> {
      assertThat(status.stage()).isEqualTo("placed");
      assertThat(status.stageDueAtEpochMillis())
          .isEqualTo(placed.createdAt().plus(10, ChronoUnit.MINUTES).toEpochMilli());
    });
    assertThat(events.stream(WorkflowStarted.class)).containsExactly(
        new WorkflowStarted(conversationId, placed.orderId().toString(), workflowId));
  }

  @Test
  void anOrderRolledBackWithItsTurnStartsNothing() {
    Order placed = transaction.execute(status -> {
      Order order = place();
      status.setRollbackOnly();
      return order;
    });

    assertThat(orders.find(placed.orderId())).isEmpty();
    assertThat(workflows.status(OrderWorkflows.workflowId(placed.orderId()))).isEmpty();
  }

  @Test
  void theOwnerMovesTheOrderOnAndAMoveInTheWrongStageIsRefused() {
    Order order = place();

    ChangeOutcome accepted = workflows.act(order.orderId(), OrderAction.ACCEPT, null);
    ChangeOutcome again = workflows.act(order.orderId(), OrderAction.ACCEPT, null);
    ChangeOutcome tooEarly = workflows.act(order.orderId(), OrderAction.PICKED_UP, null);

    assertThat(accepted).isEqualTo(ChangeOutcome.applied(
        "Order " + order.orderId() + " is accepted; the customer is told."));
    assertThat(again).isEqualTo(
        ChangeOutcome.refused("Order " + order.orderId() + " is already accepted."));
    assertThat(tooEarly).isEqualTo(ChangeOutcome.refused(
        "Order " + order.orderId() + " is not ready yet; it cannot be marked picked up."));
    Order stored = orders.get(order.orderId());
    assertThat(stored.status()).isEqualTo(Order.Status.ACCEPTED);
    assertThat(stored.acceptedAt()).isNotNull();
    assertThat(payments(order)).containsExactly("AUTHORIZED 1700 USD");
    assertThat(sent.awaitKey("order-" + order.orderId() + "-accepted").text())
        .startsWith("Your order is accepted: 2 × Tiramisu ($8.50): $17 at Test Takeaway.");
  }

  @Test
  void aCancelWhilePreparingRefundsAndAnEndedOrderIsAnsweredFromItsRow() {
    Order order = place();
    workflows.act(order.orderId(), OrderAction.ACCEPT, null);
    workflows.act(order.orderId(), OrderAction.START_PREPARING, null);

    ChangeOutcome cancelled = workflows.cancel(order.orderId(),
        new CancelRequest("Changed my mind", false, "customer", true));
    await().atMost(Duration.ofSeconds(30)).until(
        () -> workflows.status("order-" + order.orderId()).orElseThrow().history().size() == 2);
    ChangeOutcome again = workflows.cancel(order.orderId(),
        new CancelRequest(null, false, "customer", true));
    ChangeOutcome accept = workflows.act(order.orderId(), OrderAction.ACCEPT, null);

    assertThat(cancelled).isEqualTo(ChangeOutcome.applied(
        "Order " + order.orderId() + " is cancelled. The payment of $17 is refunded."));
    assertThat(orders.get(order.orderId()).status()).isEqualTo(Order.Status.CANCELLED);
    assertThat(payments(order))
        .containsExactly("AUTHORIZED 1700 USD", "CAPTURED 1700 USD", "REFUNDED 1700 USD");
    assertThat(again).isEqualTo(
        ChangeOutcome.refused("Order " + order.orderId() + " is already cancelled."));
    assertThat(accept).isEqualTo(ChangeOutcome.refused(
        "Order " + order.orderId() + " was cancelled; it cannot be accepted."));
  }

  @Test
  void anUnknownOrderIsNotFound() {
    UUID unknown = UUID.randomUUID();

    assertThatThrownBy(() -> workflows.act(unknown, OrderAction.ACCEPT, null))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("There is no order with id " + unknown + ".");
    assertThatThrownBy(() -> workflows.cancel(unknown,
        new CancelRequest(null, false, "customer", true)))
        .isInstanceOf(NotFoundException.class);
    assertThat(workflows.status("order-" + unknown)).isEmpty();
  }

  @Test
  void anOrderWhoseWorkflowIsGoneGetsItBackAtItsStoredStage() {
    Instant acceptedAt = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
    UUID orderId = storedWithoutWorkflow("PREPARING", acceptedAt);

    ChangeOutcome ready = workflows.act(orderId, OrderAction.MARK_READY, null);

    assertThat(ready.applied()).isTrue();
    assertThat(orders.get(orderId).status()).isEqualTo(Order.Status.READY);
    OrderStatus status = workflows.status("order-" + orderId).orElseThrow();
    assertThat(status.stages()).extracting(change -> change.stage() + " by " + change.by())
        .containsExactly("preparing by system", "ready by owner");
    assertThat(status.stages().get(0).atEpochMillis()).isEqualTo(acceptedAt.toEpochMilli());
  }

  @Test
  void atStartUpTheOrdersInProgressGetTheirWorkflowsBackAndRunningOnesAreLeftAlone() {
    Order running = place();
    UUID accepted = storedWithoutWorkflow("ACCEPTED", Instant.now());
    UUID ready = storedWithoutWorkflow("READY", Instant.now());
    UUID cancelled = storedWithoutWorkflow("CANCELLED", null);

    recovery.rearmOrdersInProgress();

    assertThat(workflows.status("order-" + accepted)).map(OrderStatus::stage).contains("accepted");
    assertThat(workflows.status("order-" + ready)).map(OrderStatus::stage).contains("ready");
    assertThat(workflows.status("order-" + cancelled)).isEmpty();
    assertThat(workflows.status("order-" + running.orderId()).orElseThrow().stages())
        .extracting(OrderStatus.StageChange::by).containsExactly("customer");
    // Cancelling a re-armed accepted order releases the hold its acceptance took.
    jdbc.update("insert into order_payment (order_id, kind, amount_cents, currency, at)"
        + " values (?, 'AUTHORIZED', 1700, 'USD', ?)", accepted, Timestamp.from(Instant.now()));
    assertThat(workflows.cancel(accepted, new CancelRequest(null, false, "owner", false)))
        .isEqualTo(ChangeOutcome.applied(
            "Order " + accepted + " is cancelled. The payment hold of $17 is released."));
  }

  @Test
  void theBpmnPluginStartsTheWorkflowOnceAndNamesIt() {
    Order order = place();
    PluginContext context = context(Map.of("orderId", order.orderId().toString()));

    String workflowId = (String) plugin.execute(context).outputs().get("workflowId");
    String again = (String) plugin.execute(context).outputs().get("workflowId");

    assertThat(workflowId).isEqualTo("order-" + order.orderId()).isEqualTo(again);
    assertThat(workflows.status(workflowId).orElseThrow().stages()).hasSize(1);
    assertThatThrownBy(() -> plugin.execute(context(Map.of("orderId", "nope"))))
        .isInstanceOf(PluginException.class)
        .hasMessage("Task Task_StartOrder: orderId 'nope' is not a UUID");
    UUID unknown = UUID.randomUUID();
    assertThatThrownBy(() -> plugin.execute(context(Map.of("orderId", unknown.toString()))))
        .isInstanceOf(PluginException.class)
        .hasMessage("Task Task_StartOrder: there is no order " + unknown);
  }

  private Order place() {
    return orders.place(businessId, conversationId, "Ana",
        List.of(OrderItem.named("Tiramisu", 2)), null);
  }

  /**
   * An order row as a previous run of the application left it: at a stage, with a workflow id,
   * and no workflow on this (fresh) server.
   */
  private UUID storedWithoutWorkflow(String status, Instant acceptedAt) {
    UUID orderId = UUID.randomUUID();
    Timestamp at = Timestamp.from(acceptedAt == null ? Instant.now() : acceptedAt);
    jdbc.update("insert into customer_order (id, business_id, conversation_id, customer_name,"
            + " status, total_cents, currency, created_at, updated_at, workflow_id, accepted_at)"
            + " values (?, ?, ?, 'Bo', ?, 1700, 'USD', ?, ?, ?, ?)",
        orderId, businessId, conversationId, status, at, at, "order-" + orderId,
        acceptedAt == null ? null : at);
    jdbc.update("insert into order_line (order_id, position, catalog_item_id, name,"
            + " unit_price_cents, quantity)"
            + " select ?, 0, id, name, price_cents, 2 from catalog_item where business_id = ?",
        orderId, businessId);
    return orderId;
  }

  private List<String> payments(Order order) {
    return jdbc.queryForList("select kind, amount_cents, currency from order_payment"
            + " where order_id = ? order by at, kind", order.orderId()).stream()
        .map(row -> row.get("KIND") + " " + row.get("AMOUNT_CENTS") + " " + row.get("CURRENCY"))
        .toList();
  }

  private PluginContext context(Map<String, Object> inputs) {
    return new TaskContext(conversationId.toString(), "Task_StartOrder", inputs, Map.of());
  }
}
