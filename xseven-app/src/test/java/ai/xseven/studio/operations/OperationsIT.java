package ai.xseven.studio.operations;

import static ai.xseven.DemoData.GLOW;
import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.DemoData.spoken;
import static ai.xseven.DemoData.upcoming;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.xseven.business.BookingConfirmation;
import ai.xseven.business.BookingService;
import ai.xseven.conversation.ChatApi;
import ai.xseven.studio.StudioBrowser;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The studio's operations screens in a browser: an owner sees only their business, changes a
 * price, works a booking's workflow and chats in the playground through the customers' widget;
 * the admin creates an analyst who can then sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Changes shared demo data (prices, hours, rule versions, scenarios): no later test may see them.
@DirtiesContext
class OperationsIT extends StudioBrowser {

  static final String OWNER = "marios-italian";
  static final String OWNER_PASSWORD = "demo-owner-marios-italian";

  @Autowired TestRestTemplate http;
  @Autowired BookingService bookings;
  @Autowired JdbcTemplate jdbc;

  /**
   * Leaves the studio before the base class closes the browser context: the widget's WebSocket
   * and Vaadin's push connection end with the page instead of during the close.
   */
  @Test
  void anOwnerSeesOnlyTheirBusinessAndIsRefusedAnother() {
    signIn(OWNER, OWNER_PASSWORD);

    open("workflows");
    assertThat(page.locator("#workflows-business")).containsText("Mario's Italian");
    assertThat(page.locator("#workflows-business")).hasAttribute("readonly", "");

    open("businesses");
    assertThat(page.locator("#business-name")).hasText("Mario's Italian");
    assertThat(page).hasURL(studio("businesses/" + MARIOS));

    open("businesses/" + GLOW);
    assertThat(page.locator("#access-denied")).containsText("belongs to another owner");
    assertThat(page.locator("#business-name")).hasCount(0);
  }

  @Test
  void anOwnerChangesAPriceAndThePublicApiShowsIt() {
    signIn(OWNER, OWNER_PASSWORD);
    open("businesses/" + MARIOS);

    page.locator("#edit-panna-cotta").click();
    // The menu-change policy refuses a jump of more than half, in its own words.
    page.locator("#item-price input").fill("20");
    page.locator("#item-save").click();
    assertThat(page.locator("#item-error")).containsText("at most 50% at a time");

    page.locator("#item-price input").fill("8.25");
    page.locator("#item-price input").press("Tab");
    page.locator("#item-save").click();
    assertThat(page.locator("#catalog")).containsText("$8.25");
    assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
    screenshot("business-settings");

    JsonNode catalog = new ChatApi(http).get("/api/v1/businesses/" + MARIOS).body()
        .path("catalog");
    assertThat(catalog.findParents("name").stream()
        .filter(item -> item.path("name").asText().equals("Panna Cotta"))
        .map(item -> item.path("priceCents").asInt()))
        .containsExactly(825);
    assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = ? and action ="
        + " 'menu.item-changed'", Integer.class, "studio:" + OWNER)).isEqualTo(1);
  }

  @Test
  void aBookingMadeInTheChatShowsItsWorkflowAndIsWorkedFromTheStudio() {
    ChatApi api = new ChatApi(http);
    String conversation = api.start(MARIOS);
    api.say(conversation, "Book a table for 2 on " + spoken(upcoming(DayOfWeek.SATURDAY))
        + " at 8pm, my name is Wendy Flores");
    assertThat(api.say(conversation, "yes").text()).contains("Done!");
    BookingConfirmation booking =
        bookings.upcomingOfConversation(UUID.fromString(conversation)).get(0);

    signIn(OWNER, OWNER_PASSWORD);
    open("workflows");
    Locator card = page.locator("#booking-" + booking.bookingId());
    // The workflow starts after the booking commits: refresh until its status is there.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      page.locator("#workflows-refresh").click();
      assertThat(card).containsText("next reminder", new LocatorAssertions.ContainsTextOptions()
          .setTimeout(1000));
    });
    assertThat(card).containsText("Wendy Flores");
    assertThat(card).containsText("Workflow stage: confirmed");
    assertThat(card).containsText("check-in window");
    screenshot("workflows");

    // Too early to check in: the workflow says why, and nothing changes.
    page.locator("#check-in-" + booking.bookingId()).click();
    assertThat(page.locator("vaadin-notification-card").filter(
        new Locator.FilterOptions().setHasText("Refused:"))).isVisible();
    assertThat(bookings.get(booking.bookingId()).status()).isEqualTo("CONFIRMED");

    page.locator("#cancel-" + booking.bookingId()).click();
    page.locator("#cancel-reason input").fill("The kitchen is closed for a private event.");
    page.locator("#cancel-override").click();
    page.locator("#workflow-confirm").click();
    assertThat(card).hasCount(0);
    assertThat(bookings.get(booking.bookingId()).status()).isEqualTo("CANCELLED");
    assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = ? and subject"
        + " like ?", Integer.class, "studio:" + OWNER, "%" + booking.bookingId())).isEqualTo(1);
  }

  @Test
  void thePlaygroundChatsThroughTheWidgetOnTheCustomerAndTheOwnerChannels() {
    signIn(OWNER, OWNER_PASSWORD);
    open("playground");
    assertThat(page.locator("#playground-business")).containsText("Mario's Italian");

    page.locator("#playground-open").click();
    Locator chat = page.locator("#playground-chat");
    Locator input = chat.locator("textarea");
    assertThat(input).isVisible();
    int greeting = greeted(chat);
    input.fill("What are your opening hours?");
    input.press("Enter");
    assertThat(chat.locator(".msg.assistant").nth(greeting)).isVisible();
    assertThat(chat.locator(".msg.user")).containsText("What are your opening hours?");
    screenshot("playground");

    page.locator("#playground-channel").click();
    page.getByRole(AriaRole.OPTION, new com.microsoft.playwright.Page.GetByRoleOptions()
        .setName("dashboard (the owner's chat)")).click();
    page.locator("#playground-open").click();
    assertThat(chat.locator("h2")).containsText("owner");
    assertThat(chat.locator(".msg.user")).hasCount(0);
    int ownerGreeting = greeted(chat);
    input.fill("what orders are open?");
    input.press("Enter");
    assertThat(chat.locator(".msg.assistant").nth(ownerGreeting)).isVisible();
    assertThat(chat.locator(".error")).isEmpty();
  }

  /** Waits for the new conversation's greeting; how many assistant messages it has. */
  private static int greeted(Locator chat) {
    assertThat(chat.locator(".msg.assistant").first()).isVisible();
    return chat.locator(".msg.assistant").count();
  }

  @Test
  void theAdminCreatesAnAnalystWhoCanThenSignIn() {
    signIn("admin", ADMIN_PASSWORD);
    open("users");

    page.locator("#new-username input").fill("ops-analyst");
    page.locator("#new-password input").fill("short");
    page.locator("#create-user").click();
    assertThat(page.locator("#new-user-error")).hasText("A password has at least 10 characters.");

    page.locator("#new-password input").fill("a-long-analyst-password");
    page.locator("#create-user").click();
    assertThat(page.locator("#users")).containsText("ops-analyst");
    assertThat(page.locator("#new-user-error")).isEmpty();
    screenshot("users");

    page.locator("#sign-out").click();
    assertThat(page.locator("vaadin-login-form")).isVisible();
    signIn("ops-analyst", "a-long-analyst-password");
    assertThat(page.locator("#signed-in-user")).containsText("ops-analyst · analyst");
  }
}
