package ai.xseven.studio.operations;

import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.DemoData.ZONE;
import static ai.xseven.DemoData.spoken;
import static ai.xseven.DemoData.upcoming;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import ai.xseven.studio.StudioBrowser;
import ai.xseven.workflow.AppointmentScheduler;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The owner's settings tabs and workflow actions through the real UI, each checked through the
 * public API: hours and capacity, workflow settings, knowledge documents, an order worked from
 * placed to ready, and a booking moved with the Move dialog. Mario's is closed on Mondays, so the
 * hours test changes Monday and no other test depends on it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Changes shared demo data (prices, hours, rule versions, scenarios): no later test may see them.
@DirtiesContext
class SettingsAndActionsIT extends StudioBrowser {

  static final String OWNER = "marios-italian";
  static final String OWNER_PASSWORD = "demo-owner-marios-italian";
  static final Map<String, String> OWNER_TOKEN =
      Map.of("Authorization", "Bearer demo-owner-marios-italian");

  @Autowired TestRestTemplate http;
  @Autowired BookingService bookings;

  @Test
  void theOwnerChangesMondaysHoursAndTheCapacityAndWrongPeriodsChangeNothing() {
    ChatApi api = new ChatApi(http);
    JsonNode before = api.get("/api/v1/businesses/" + MARIOS).body();
    assertThat(periods(before, "MONDAY")).isEmpty();
    signIn(OWNER, OWNER_PASSWORD);
    open("businesses/" + MARIOS);
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Hours & capacity")).click();
    Locator monday = page.locator("#hours-monday input");
    assertThat(monday).hasValue("");
    assertThat(page.locator("#hours-tuesday input")).hasValue("12:00-22:00");

    // A period that closes before it opens: the policy's sentence, and the week stays as it was.
    type(monday, "22:00-12:00");
    page.locator("#save-hours").click();
    assertThat(page.locator("#hours-error"))
        .hasText("On Mondays 10:00 PM to 12:00 PM closes before it opens.");
    type(monday, "12:00-15:00, 14:00-22:00");
    page.locator("#save-hours").click();
    assertThat(page.locator("#hours-error"))
        .hasText("On Mondays 12:00 PM to 3:00 PM overlaps 2:00 PM to 10:00 PM.");
    type(monday, "noon till late");
    page.locator("#save-hours").click();
    assertThat(page.locator("#hours-error")).containsText("Monday: 'noon till late' is not a"
        + " period");
    assertThat(page.locator("#hours-monday")).hasAttribute("invalid", "");
    assertThat(api.get("/api/v1/businesses/" + MARIOS).body().path("openingHours"))
        .isEqualTo(before.path("openingHours"));

    type(monday, "12:00-15:00, 18:00-22:00");
    page.locator("#save-hours").click();
    assertThat(page.locator("vaadin-notification-card")
        .filter(new Locator.FilterOptions().setHasText("Opening hours saved."))).isVisible();
    assertThat(page.locator("#hours-error")).isEmpty();
    assertThat(page.locator("#hours-monday")).not().hasAttribute("invalid", "");

    // A capacity out of range is refused in words; a good one is saved.
    type(page.locator("#capacity input"), "0");
    page.locator("#save-capacity").click();
    assertThat(page.locator("#capacity-error")).containsText("Capacity must be between 1 and");
    assertThat(api.get("/api/v1/businesses/" + MARIOS).body().path("profile").path("capacity")
        .asInt()).isEqualTo(before.path("profile").path("capacity").asInt());
    type(page.locator("#capacity input"), "64");
    page.locator("#save-capacity").click();
    assertThat(page.locator("vaadin-notification-card")
        .filter(new Locator.FilterOptions().setHasText("Capacity saved."))).isVisible();
    assertThat(page.locator("#capacity-error")).isEmpty();
    screenshot("business-hours");

    JsonNode after = api.get("/api/v1/businesses/" + MARIOS).body();
    assertThat(periods(after, "MONDAY")).containsExactly("12:00-15:00", "18:00-22:00");
    assertThat(periods(after, "TUESDAY")).containsExactly("12:00-22:00");
    assertThat(after.path("profile").path("capacity").asInt()).isEqualTo(64);

    // Opened again, the tab shows what was saved.
    open("businesses/" + MARIOS);
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Hours & capacity")).click();
    assertThat(page.locator("#hours-monday input")).hasValue("12:00-15:00, 18:00-22:00");
    assertThat(page.locator("#capacity input")).hasValue("64");
  }

  @Test
  void theOwnerChangesTheRemindersAndAWrongValueIsMarkedAndSavesNothing() {
    ChatApi api = new ChatApi(http);
    String path = "/api/v1/businesses/" + MARIOS + "/workflow-settings";
    JsonNode before = api.call(HttpMethod.GET, path, null, OWNER_TOKEN).body();
    signIn(OWNER, OWNER_PASSWORD);
    open("businesses/" + MARIOS);
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Workflows")).click();
    Locator reminders = page.locator("#reminder-offsets input");
    assertThat(reminders).hasValue("1d, 1h");

    type(reminders, "48h, soon, 48h");
    type(page.locator("#noShowAfterMinutes input"), "-5");
    page.locator("#save-workflow-settings").click();
    assertThat(page.locator("#workflow-settings-error"))
        .hasText("Nothing was saved: fix the marked fields.");
    assertThat(page.locator("#reminder-offsets")).hasAttribute("invalid", "");
    // Each wrong entry in the words the owner typed it in, not the settings' ISO-8601.
    assertThat(page.locator("#reminder-offsets [slot=error-message]")).hasText("'soon' is not a"
        + " reminder time; write e.g. 24h, 90m or 2d. 48h is listed twice.");
    assertThat(page.locator("#noShowAfterMinutes")).hasAttribute("invalid", "");
    assertThat(page.locator("#noShowAfterMinutes")).containsText("not -5");
    screenshot("workflow-settings-refused");
    assertThat(api.call(HttpMethod.GET, path, null, OWNER_TOKEN).body()).isEqualTo(before);

    type(reminders, "48h, 2h");
    type(page.locator("#noShowAfterMinutes input"),
        before.path("noShowAfterMinutes").asText());
    page.locator("#save-workflow-settings").click();
    assertThat(page.locator("vaadin-notification-card")
        .filter(new Locator.FilterOptions().setHasText("Workflow settings saved"))).isVisible();
    assertThat(page.locator("#workflow-settings-error")).isEmpty();
    assertThat(page.locator("#reminder-offsets")).not().hasAttribute("invalid", "");
    assertThat(page.locator("#noShowAfterMinutes")).not().hasAttribute("invalid", "");

    Reply saved = api.call(HttpMethod.GET, path, null, OWNER_TOKEN);
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.body().path("reminderOffsets").toString()).isEqualTo("[\"PT48H\",\"PT2H\"]");
    assertThat(saved.body().path("noShowAfterMinutes"))
        .isEqualTo(before.path("noShowAfterMinutes"));
    assertThat(saved.body().path("notificationChannels"))
        .isEqualTo(before.path("notificationChannels"));
  }

  @Test
  void theOwnerUploadsAMarkdownDocumentSeesItListedAndDeletesIt() {
    signIn(OWNER, OWNER_PASSWORD);
    open("businesses/" + MARIOS);
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Knowledge")).click();
    Locator documents = page.locator("#knowledge-documents");
    assertThat(documents).not().containsText("Allergen guide");

    type(page.locator("#document-title input"), "Allergen guide");
    settle(); // the title reaches the server before the file does, as when a person picks a file
    page.locator("#document-upload input[type=file]").setInputFiles(new FilePayload(
        "allergens.md", "text/markdown", ("# Allergens\n\nEvery pizza dough contains gluten. "
            + "The Penne Arrabbiata is vegan. Ask us about nut-free desserts.\n")
            .getBytes(StandardCharsets.UTF_8)));
    assertThat(page.locator("vaadin-notification-card")
        .filter(new Locator.FilterOptions().setHasText("allergens.md learned."))).isVisible();
    assertThat(documents).containsText("Allergen guide");
    assertThat(page.locator("#knowledge-error")).isEmpty();
    screenshot("business-knowledge");
    assertThat(documentTitles()).contains("Allergen guide");

    page.locator("#delete-document-allergen-guide").click();
    assertThat(page.locator("vaadin-notification-card")
        .filter(new Locator.FilterOptions().setHasText("Allergen guide deleted."))).isVisible();
    assertThat(documents).not().containsText("Allergen guide");
    assertThat(page.locator("#delete-document-allergen-guide")).hasCount(0);
    assertThat(documentTitles()).doesNotContain("Allergen guide");
  }

  @Test
  void anOrderIsAcceptedPreparedAndMarkedReadyAndAStalePageIsRefused() {
    ChatApi api = new ChatApi(http);
    Reply placed = api.call(HttpMethod.POST, "/api/v1/businesses/" + MARIOS + "/orders",
        Map.of("customerName", "Olga Petrova",
            "pickupAt", upcoming(DayOfWeek.FRIDAY) + "T19:00",
            "items", List.of(Map.of("name", "Margherita", "quantity", 2))));
    assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
    String orderId = placed.body().path("orderId").asText();

    signIn(OWNER, OWNER_PASSWORD);
    open("workflows");
    Locator card = page.locator("#order-" + orderId);
    awaitCard(card, "Workflow stage: placed");
    assertThat(card).containsText("Olga Petrova");
    // Only the steps that fit a placed order are offered.
    assertThat(page.locator("#accept-" + orderId)).isVisible();
    assertThat(page.locator("#reject-" + orderId)).isVisible();
    assertThat(page.locator("#start-preparing-" + orderId)).hasCount(0);
    assertThat(page.locator("#mark-ready-" + orderId)).hasCount(0);

    // A second tab keeps showing the placed order while the first one works it.
    Page stale = context.newPage();
    openOn(stale, "workflows");
    assertThat(stale.locator("#accept-" + orderId)).isVisible();

    page.locator("#accept-" + orderId).click();
    assertThat(card).containsText("Workflow stage: accepted");
    assertThat(page.locator("#accept-" + orderId)).hasCount(0);
    page.locator("#start-preparing-" + orderId).click();
    assertThat(card).containsText("Workflow stage: preparing");
    assertThat(page.locator("#start-preparing-" + orderId)).hasCount(0);
    page.locator("#mark-ready-" + orderId).click();
    assertThat(card).containsText("Workflow stage: ready");
    assertThat(card).containsText("READY");
    assertThat(page.locator("#mark-ready-" + orderId)).hasCount(0);
    assertThat(page.locator("#picked-up-" + orderId)).isVisible();
    screenshot("workflows-order-ready");
    assertThat(api.get("/api/v1/orders/" + orderId).body().path("status").asText())
        .isEqualTo("READY");

    // The stale tab still offers Accept: the workflow refuses it in its own words.
    stale.locator("#accept-" + orderId).click();
    assertThat(stale.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
        .setHasText("is already ready; it cannot be accepted."))).isVisible();
    assertThat(stale.locator("#order-" + orderId)).containsText("Workflow stage: ready");
    assertThat(stale.locator("#accept-" + orderId)).hasCount(0);
    assertThat(api.get("/api/v1/orders/" + orderId).body().path("status").asText())
        .isEqualTo("READY");
    stale.navigate("about:blank");
    stale.close();
  }

  @Test
  void aBookingMadeInTheChatIsMovedWithTheMoveDialog() {
    ChatApi api = new ChatApi(http);
    LocalDate saturday = upcoming(DayOfWeek.SATURDAY);
    String conversation = api.start(MARIOS);
    api.say(conversation, "Book a table for 2 on " + spoken(saturday)
        + " at 8pm, my name is Hugo Reyes");
    assertThat(api.say(conversation, "yes").text()).contains("Done!");
    BookingConfirmation booking =
        bookings.upcomingOfConversation(UUID.fromString(conversation)).get(0);

    signIn(OWNER, OWNER_PASSWORD);
    open("workflows");
    Locator card = page.locator("#booking-" + booking.bookingId());
    awaitCard(card, "Workflow stage: confirmed");
    assertThat(card).containsText("at 8:00 PM");

    page.locator("#move-" + booking.bookingId()).click();
    Locator time = page.locator("#move-start vaadin-time-picker input");
    assertThat(time).hasValue("8:00 PM");
    time.fill("6:30 PM");
    time.press("Enter");
    time.press("Tab");
    page.locator("#workflow-confirm").click();
    assertThat(page.locator("vaadin-notification-card").filter(
        new Locator.FilterOptions().setHasText("Refused:"))).hasCount(0);
    assertThat(card).containsText("at 6:30 PM");
    assertThat(card).containsText("Workflow stage: confirmed");
    screenshot("workflows-booking-moved");

    long expected = saturday.atTime(LocalTime.of(18, 30)).atZone(ZONE).toInstant().toEpochMilli();
    String workflowId = booking.workflowId() != null ? booking.workflowId()
        : AppointmentScheduler.workflowId(booking.bookingId());
    Reply workflow = api.get("/api/v1/workflows/" + workflowId);
    assertThat(workflow.status()).isEqualTo(200);
    assertThat(workflow.body().path("appointment").path("startsAtEpochMillis").asLong())
        .isEqualTo(expected);
    assertThat(bookings.get(booking.bookingId()).startsAt().toEpochMilli()).isEqualTo(expected);
  }

  /** Refreshes until the workflow (started after the commit) reports on the card. */
  private void awaitCard(Locator card, String text) {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      page.locator("#workflows-refresh").click();
      assertThat(card).containsText(text, new LocatorAssertions.ContainsTextOptions()
          .setTimeout(1000));
    });
  }

  private void openOn(Page other, String path) {
    other.navigate(studio(path));
    other.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && "
        + "!Object.values(window.Vaadin.Flow.clients || {}).some(c => c.isActive && c.isActive())");
  }

  /** Types into a field and leaves it, as a person does, so the value reaches the server. */
  private static void type(Locator input, String text) {
    input.fill(text);
    input.press("Tab");
  }

  /** A day's periods from the public API, as {@code 12:00-15:00}. */
  private static List<String> periods(JsonNode business, String day) {
    return StreamSupport.stream(business.path("openingHours").spliterator(), false)
        .filter(period -> period.path("dayOfWeek").asText().equals(day))
        .map(period -> period.path("opens").asText().substring(0, 5) + "-"
            + period.path("closes").asText().substring(0, 5))
        .toList();
  }

  private List<String> documentTitles() {
    Reply list = new ChatApi(http).call(HttpMethod.GET,
        "/api/v1/businesses/" + MARIOS + "/documents", null, OWNER_TOKEN);
    assertThat(list.status()).as(list.body().toString()).isEqualTo(200);
    return list.body().findValuesAsText("title");
  }
}
