package ai.xseven.agent;

import ai.xseven.support.TaskContext;
import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.agent.ScriptedAgentModel.call;
import static ai.xseven.agent.ScriptedAgentModel.toolResults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.xseven.DemoData;
import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingRequest;
import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CatalogEntry;
import ai.xseven.business.Order;
import ai.xseven.business.OrderCancelled;
import ai.xseven.business.OrderItem;
import ai.xseven.business.OrderService;
import ai.xseven.conversation.ChatApi;
import ai.xseven.sdk.PluginResult;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.AppointmentStatus;
import ai.xseven.workflow.OrderWorkflows;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agent's action tools against the real services, the embedded Temporal server and a scripted
 * model: which tools the model called with which arguments, what they did, and what they refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "xseven.llm.provider=scripted")
@ActiveProfiles("test")
@RecordApplicationEvents
@Import(AgentActionsIT.Model.class)
class AgentActionsIT {

  @TestConfiguration
  static class Model {
    @Bean
    ScriptedAgentModel scriptedAgentModel() {
      return new ScriptedAgentModel();
    }
  }

  private static final Pattern CHANGE_ID = Pattern.compile("change (\\w+)\\)");

  @Autowired TestRestTemplate http;
  @Autowired ScriptedAgentModel model;
  @Autowired AgentReplyPlugin plugin;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEvents events;
  @Autowired BookingService bookings;
  @Autowired OrderService orders;
  @Autowired BusinessService businesses;
  @Autowired AppointmentScheduler appointments;
  @Autowired OrderWorkflows orderWorkflows;
  @Autowired JdbcTemplate jdbc;

  private String conversation;

  @BeforeEach
  void startConversation() {
    conversation = new ChatApi(http).start(MARIOS);
  }

  @Test
  void theModelChecksTheSlotThenBooksItAndTheAppointmentWorkflowStarts() {
    LocalDate friday = DemoData.upcoming(DayOfWeek.FRIDAY);
    String slot = "\"date\":\"" + friday + "\",\"time\":\"19:30\",\"partySize\":4";
    model.script(request -> switch (toolResults(request).size()) {
      case 0 -> call("checkAvailability", "{" + slot + "}");
      case 1 -> call("createBooking", "{" + slot + ",\"customerName\":\"Ana Lopez\"}");
      default -> AiMessage.from("Done: " + toolResults(request).get(1).text());
    });

    PluginResult result = run("dedicated", Map.of("agent", "restaurant"),
        "A table for 4 on Friday at 7:30 pm please, name Ana Lopez", Map.of());

    assertThat(toolCalls()).containsExactly(
        "checkAvailability {" + slot + "} RAN",
        "createBooking {" + slot + ",\"customerName\":\"Ana Lopez\"} RAN");
    assertThat(toolResult("checkAvailability")).startsWith("Available: a table for 4");
    assertThat(offeredTools()).contains("checkAvailability", "createBooking")
        .doesNotContain("previewMenuChange", "applyMenuChange");
    List<BookingConfirmation> booked = bookings.upcomingOfConversation(uuid(conversation));
    assertThat(booked).hasSize(1);
    BookingConfirmation booking = booked.get(0);
    assertThat(booking.partySize()).isEqualTo(4);
    assertThat(booking.customerName()).isEqualTo("Ana Lopez");
    assertThat(booking.startsAt())
        .isEqualTo(ZonedDateTime.of(friday, LocalTime.of(19, 30), DemoData.ZONE).toInstant());
    assertThat(result.replies()).singleElement().asString().contains("Done: Booked a table for 4");
    assertThat(workflowStatus("appointment-" + booking.bookingId())).isTrue();
    assertThat(events.stream(ai.xseven.workflow.WorkflowStarted.class)
        .filter(started -> started.conversationId().toString().equals(conversation)))
        .extracting(started -> started.subjectId()).containsExactly(booking.bookingId().toString());
  }

  @Test
  void theModelMovesOnlyTheCustomersOwnBookingThroughItsWorkflowAndTheRemindersMoveWithIt() {
    LocalDate saturday = DemoData.upcoming(DayOfWeek.SATURDAY);
    BookingConfirmation mine = bookings.book(new BookingRequest(MARIOS, uuid(conversation),
        saturday, LocalTime.of(13, 0), 2, null, "Bo Chen"));
    appointments.start(mine);
    String other = new ChatApi(http).start(MARIOS);
    BookingConfirmation theirs = bookings.book(new BookingRequest(MARIOS, uuid(other),
        saturday, LocalTime.of(14, 0), 2, null, "Someone Else"));
    String move = "{\"bookingId\":\"" + mine.bookingId() + "\",\"newDate\":\"" + saturday
        + "\",\"newTime\":\"20:00\"}";
    String cancelTheirs = "{\"bookingId\":\"" + theirs.bookingId() + "\"}";
    model.script(request -> switch (toolResults(request).size()) {
      case 0 -> call("myBookings", "{}");
      case 1 -> call("rescheduleBooking", move);
      case 2 -> call("cancelBooking", cancelTheirs);
      default -> AiMessage.from("All set.");
    });

    run("dedicated", Map.of(), "Can we come at 8 pm instead? And cancel the 2 pm one.",
        Map.of());

    assertThat(toolCalls()).containsExactly("myBookings {} RAN",
        "rescheduleBooking " + move + " RAN", "cancelBooking " + cancelTheirs + " RAN");
    assertThat(toolResult("myBookings")).contains(mine.bookingId().toString())
        .contains("Your next reminder comes on")
        .doesNotContain(theirs.bookingId().toString());
    assertThat(toolResult("rescheduleBooking")).startsWith("Moved: your table for 2");
    assertThat(toolResult("cancelBooking")).startsWith("There is no booking");
    Instant eightPm = ZonedDateTime.of(saturday, LocalTime.of(20, 0), DemoData.ZONE).toInstant();
    assertThat(bookings.upcomingOfConversation(uuid(conversation))).singleElement()
        .satisfies(moved -> {
          assertThat(moved.bookingId()).isEqualTo(mine.bookingId());
          assertThat(moved.startsAt()).isEqualTo(eightPm);
        });
    // The workflow plans the reminders of the new time as soon as it has taken the move.
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      AppointmentStatus status =
          appointments.status(AppointmentScheduler.workflowId(mine.bookingId())).orElseThrow();
      assertThat(status.startsAtEpochMillis()).isEqualTo(eightPm.toEpochMilli());
      assertThat(status.nextReminderAtEpochMillis())
          .isEqualTo(eightPm.minus(Duration.ofHours(24)).toEpochMilli());
    });
    assertThat(bookings.upcomingOfConversation(uuid(other))).extracting(b -> b.bookingId())
        .containsExactly(theirs.bookingId());
  }

  @Test
  void theModelPlacesAnOrderAtTheCatalogsPricesTracksItAndCancelsIt() {
    LocalDate friday = DemoData.upcoming(DayOfWeek.FRIDAY);
    String place = "{\"items\":[\"Margherita\",\"tiramisu\"],\"quantities\":[2,1],"
        + "\"customerName\":\"Ana Lopez\",\"pickupTime\":\"" + friday + "T19:00\"}";
    model.script(request -> toolResults(request).isEmpty() ? call("placeOrder", place)
        : AiMessage.from("Done: " + toolResults(request).get(0).text()));

    PluginResult placed = run("dedicated", Map.of("agent", "restaurant"),
        "Two Margheritas and a tiramisu to pick up Friday at 7 pm, for Ana Lopez", Map.of());

    assertThat(offeredTools()).contains("placeOrder", "trackOrder", "cancelOrder");
    assertThat(toolCalls()).containsExactly("placeOrder " + place + " RAN");
    Order order = orders.ofConversation(uuid(conversation)).stream().findFirst().orElseThrow();
    assertThat(order.lines()).extracting(line -> line.name() + " " + line.unitPriceCents() + " x"
        + line.quantity()).containsExactly("Margherita 1400 x2", "Tiramisu 800 x1");
    assertThat(order.totalCents()).isEqualTo(3600);
    assertThat(order.customerName()).isEqualTo("Ana Lopez");
    assertThat(order.pickupAt())
        .isEqualTo(ZonedDateTime.of(friday, LocalTime.of(19, 0), DemoData.ZONE).toInstant());
    assertThat(jdbc.queryForList("select unit_price_cents from order_line where order_id = ? "
        + "order by position", Integer.class, order.orderId())).containsExactly(1400, 800);
    assertThat(placed.replies()).singleElement().asString()
        .contains("Done: Ordered 2 × Margherita ($14), 1 × Tiramisu ($8): $36 at Mario's Italian")
        .contains(order.orderId().toString());

    String cancel = "{\"orderId\":\"" + order.orderId() + "\"}";
    model.script(request -> switch (toolResults(request).size()) {
      case 0 -> call("trackOrder", "{}");
      case 1 -> call("cancelOrder", cancel);
      default -> AiMessage.from("Cancelled.");
    });
    run("dedicated", Map.of(), "Where is my order? Actually, cancel it.", Map.of());

    assertThat(toolCalls()).endsWith("trackOrder {} RAN", "cancelOrder " + cancel + " RAN");
    assertThat(toolResult("trackOrder")).contains(order.orderId() + " (placed)", "$36",
        "It is waiting for Mario's Italian to accept it");
    assertThat(toolResult("cancelOrder"))
        .isEqualTo("Order " + order.orderId() + " is cancelled. Nothing was charged.");
    // The workflow's activity cancels the order row.
    assertThat(orders.find(order.orderId()).orElseThrow().status())
        .isEqualTo(Order.Status.CANCELLED);
    assertThat(orderWorkflows.status(OrderWorkflows.workflowId(order.orderId())).orElseThrow()
        .stage()).isEqualTo("cancelled");
  }

  @Test
  void theModelReachesOnlyTheConversationsOwnOrdersAndCannotOrderWhatTheCatalogLacks() {
    String other = new ChatApi(http).start(MARIOS);
    Order theirs = orders.place(MARIOS, uuid(other), "Someone Else",
        List.of(OrderItem.named("Lasagna", 1)), null);
    String theirId = "{\"orderId\":\"" + theirs.orderId() + "\"}";
    String unknownDish = "{\"items\":[\"Pizza Hawaii\"],\"quantities\":[1],"
        + "\"customerName\":\"Bo Chen\"}";
    model.script(request -> switch (toolResults(request).size()) {
      case 0 -> call("trackOrder", theirId);
      case 1 -> call("cancelOrder", theirId);
      case 2 -> call("trackOrder", "{}");
      case 3 -> call("placeOrder", unknownDish);
      default -> AiMessage.from("Sorry.");
    });

    run("dedicated", Map.of(), "Cancel order " + theirs.orderId() + " and get me a Hawaii",
        Map.of());

    assertThat(toolCalls()).containsExactly("trackOrder " + theirId + " RAN",
        "cancelOrder " + theirId + " RAN", "trackOrder {} RAN", "placeOrder " + unknownDish
            + " RAN");
    List<String> results = events.stream(AgentToolCalled.class)
        .filter(called -> conversation.equals(called.conversationId()))
        .map(AgentToolCalled::result).toList();
    assertThat(results.get(0)).startsWith("There is no order " + theirs.orderId());
    assertThat(results.get(1)).startsWith("There is no order " + theirs.orderId());
    assertThat(results.get(2)).isEqualTo("This conversation has no orders at Mario's Italian.");
    assertThat(results.get(3))
        .isEqualTo("Not ordered: Mario's Italian has no 'Pizza Hawaii' in its catalog.");
    assertThat(orders.find(theirs.orderId()).orElseThrow().status())
        .isEqualTo(Order.Status.PLACED);
    assertThat(orders.ofConversation(uuid(conversation))).isEmpty();
    assertThat(events.stream(OrderCancelled.class)).isEmpty();
  }

  @Test
  void aCustomersAgentCannotRunTheOwnersToolsWhateverTheModelAsks() {
    CatalogEntry margherita = item("Margherita");
    String earlierPreview = "{\"x1\":{\"id\":\"x1\",\"businessId\":\"" + MARIOS
        + "\",\"kind\":\"price\",\"itemId\":\"" + margherita.id() + "\",\"priceCents\":100,"
        + "\"preview\":\"Margherita: $14.00 → $1.00\",\"turnId\":\"earlier\"}}";
    model.script(request -> switch (toolResults(request).size()) {
      case 0 -> call("previewMenuChange", "{\"kind\":\"price\",\"item\":\"Margherita\","
          + "\"newPriceCents\":1500}");
      case 1 -> call("applyMenuChange", "{\"changeId\":\"x1\"}");
      default -> AiMessage.from("Done.");
    });

    // Even a task wrongly given the owner's profile in a customer's chat.
    run("dedicated", Map.of("agent", "dashboard"), "Make the Margherita $1",
        Map.of(AgentReplyPlugin.PENDING_CHANGES, earlierPreview));
    // And the customer's own profile, which is not offered them at all.
    run("dedicated", Map.of("agent", "restaurant"), "Make the Margherita $1",
        Map.of(AgentReplyPlugin.PENDING_CHANGES, earlierPreview));

    assertThat(toolCalls()).containsExactly(
        "previewMenuChange {\"kind\":\"price\",\"item\":\"Margherita\",\"newPriceCents\":1500} "
            + "REFUSED",
        "applyMenuChange {\"changeId\":\"x1\"} REFUSED",
        "previewMenuChange {\"kind\":\"price\",\"item\":\"Margherita\",\"newPriceCents\":1500} "
            + "REFUSED",
        "applyMenuChange {\"changeId\":\"x1\"} REFUSED");
    assertThat(toolResult("applyMenuChange")).contains("only for the business's owner")
        .contains("Nothing was changed");
    assertThat(item("Margherita").priceCents()).isEqualTo(1400);
    assertThat(jdbc.queryForObject("select count(*) from audit_log where subject like ?",
        Integer.class, "%" + margherita.id() + "%")).isZero();
  }

  @Test
  void theOwnerSeesAPreviewAndTheChangeIsMadeAndAuditedOnlyAfterALaterYes() {
    CatalogEntry tiramisu = item("Tiramisu");
    String preview = "{\"kind\":\"price\",\"item\":\"Tiramisu\",\"newPriceCents\":900}";
    model.script(request -> {
      List<String> results = toolResults(request).stream().map(r -> r.text()).toList();
      if (results.isEmpty()) {
        return call("previewMenuChange", preview);
      }
      if (results.size() == 1) {
        return call("applyMenuChange", "{\"changeId\":\"" + changeId(results.get(0)) + "\"}");
      }
      return AiMessage.from(results.get(0) + " Shall I apply it?");
    });

    PluginResult first = run("dashboard", Map.of(), "Tiramisu should cost $9", Map.of());

    String pending = (String) first.outputs().get(AgentReplyPlugin.PENDING_CHANGES);
    String id = changeId(toolResult("previewMenuChange"));
    assertThat(toolResult("previewMenuChange")).contains("Tiramisu: $8 → $9");
    assertThat(toolResult("applyMenuChange")).startsWith("Not applied: the owner has not seen");
    assertThat(pending).contains(id);
    assertThat(item("Tiramisu").priceCents()).isEqualTo(800);

    model.script(request -> toolResults(request).isEmpty()
        ? call("applyMenuChange", "{\"changeId\":\"" + id + "\"}")
        : AiMessage.from(toolResults(request).get(0).text()));
    PluginResult second = run("dashboard", Map.of(), "Yes, go ahead",
        Map.of(AgentReplyPlugin.PENDING_CHANGES, pending));

    assertThat(toolResult("applyMenuChange")).isEqualTo("Applied: Tiramisu: $8 → $9.");
    assertThat(item("Tiramisu").priceCents()).isEqualTo(900);
    assertThat(second.outputs()).containsEntry(AgentReplyPlugin.PENDING_CHANGES, null);
    assertThat(jdbc.queryForList("select action, subject, detail from audit_log where subject = ?",
        "business:" + MARIOS + "/catalog:" + tiramisu.id()))
        .singleElement().satisfies(row -> {
          assertThat(row.get("action")).isEqualTo("menu.price-changed");
          assertThat(row.get("detail")).isEqualTo("Tiramisu: $8 → $9");
        });
  }

  @Test
  void theOwnerMovesAnOrderOnWithTheFrontDeskToolsAndItsWorkflowFollows() {
    Order order = orders.place(MARIOS, null, "Carla Neri", List.of(OrderItem.named("Lasagna", 1)),
        null);
    String accept = "{\"orderId\":\"" + order.orderId() + "\",\"step\":\"accept\"}";
    String ready = "{\"orderId\":\"" + order.orderId() + "\",\"step\":\"ready\"}";
    model.script(request -> switch (toolResults(request).size()) {
      case 0 -> call("openOrdersAndBookings", "{}");
      case 1 -> call("moveOrderOn", accept);
      case 2 -> call("moveOrderOn", ready);
      default -> AiMessage.from("Accepted.");
    });

    run("dashboard", Map.of(), "Accept Carla's order", Map.of("actor", "owner:it"));

    assertThat(toolCalls()).containsExactly("openOrdersAndBookings {} RAN",
        "moveOrderOn " + accept + " RAN", "moveOrderOn " + ready + " RAN");
    List<String> results = events.stream(AgentToolCalled.class)
        .filter(called -> conversation.equals(called.conversationId()))
        .map(AgentToolCalled::result).toList();
    assertThat(results.get(0)).contains(order.orderId() + ": Carla Neri — 1 × Lasagna ($18)");
    assertThat(results.get(1)).isEqualTo("Order " + order.orderId()
        + " is accepted; the customer is told.");
    assertThat(results.get(2)).startsWith("Not done: Order " + order.orderId()
        + " is not being prepared yet");
    assertThat(orders.find(order.orderId()).orElseThrow().status())
        .isEqualTo(Order.Status.ACCEPTED);
    assertThat(jdbc.queryForList("select actor from audit_log where action = 'order.accepted' and"
        + " subject like ?", String.class, "%" + order.orderId())).containsExactly("owner:it");
  }

  @Test
  void aTaskWithAnOutputSchemaGetsAJsonObjectThatMatchesItOrNothing() {
    String valid = "{\"wantsBooking\":true,\"date\":\"2026-11-27\",\"time\":\"19:30\","
        + "\"partySize\":4,\"customerName\":null}";
    model.script(request -> AiMessage.from(valid));

    PluginResult result = run("dedicated", Map.of("outputSchema", "booking-request"),
        "Table for 4 on November 27 at 7:30 pm", Map.of());

    assertThat(result.replies()).isEmpty();
    assertThat(result.outputs()).containsEntry("agentOutput", valid)
        .containsEntry("agentOutputProblems", null);
    assertThat(((SystemMessage) model.requests.get(0).messages().get(0)).text())
        .contains("Answer with one JSON object", "\"wantsBooking\" (boolean, required)");

    model.script(request -> AiMessage.from("{\"wantsBooking\":\"yes\",\"time\":\"7:30 pm\"}"));
    PluginResult wrong = run("dedicated", Map.of("outputSchema", "booking-request"),
        "Table for 4 on November 27 at 7:30 pm", Map.of());

    assertThat(model.requests).hasSize(2);
    assertThat(wrong.outputs()).containsEntry("agentOutput", null);
    assertThat((String) wrong.outputs().get("agentOutputProblems"))
        .contains("'wantsBooking' is not a boolean", "'time' has the wrong format: 7:30 pm");
  }

  private PluginResult run(String channel, Map<String, String> settings, String message,
      Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put("message", message);
    variables.put("businessId", MARIOS.toString());
    variables.put("channel", channel);
    return transactions.execute(status ->
        plugin.execute(new TaskContext(conversation, "Task_Test", variables, settings)));
  }

  private List<String> toolCalls() {
    return events.stream(AgentToolCalled.class)
        .filter(called -> conversation.equals(called.conversationId()))
        .map(called -> called.tool() + " " + called.arguments() + " " + called.outcome())
        .toList();
  }

  /** The result of the last call of {@code tool} in this conversation. */
  private String toolResult(String tool) {
    List<AgentToolCalled> calls = events.stream(AgentToolCalled.class)
        .filter(called -> conversation.equals(called.conversationId()))
        .filter(called -> called.tool().equals(tool)).toList();
    assertThat(calls).as("calls of %s", tool).isNotEmpty();
    return calls.get(calls.size() - 1).result();
  }

  private List<String> offeredTools() {
    return model.requests.get(0).toolSpecifications().stream().map(ToolSpecification::name)
        .toList();
  }

  private CatalogEntry item(String name) {
    return businesses.catalog(MARIOS).stream().filter(entry -> entry.name().equals(name))
        .findFirst().orElseThrow();
  }

  private boolean workflowStatus(String workflowId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (appointments.status(workflowId).isPresent()) {
        return true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private static String changeId(String previewResult) {
    Matcher matcher = CHANGE_ID.matcher(previewResult);
    return matcher.find() ? matcher.group(1) : "none";
  }

  private static UUID uuid(String id) {
    return UUID.fromString(id);
  }
}
