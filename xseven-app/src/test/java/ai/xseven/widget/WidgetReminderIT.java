package ai.xseven.widget;

import static ai.xseven.DemoData.spoken;
import static ai.xseven.DemoData.upcoming;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ai.xseven.business.BusinessService;
import ai.xseven.business.BusinessSettings;
import ai.xseven.business.WorkflowSettings;
import ai.xseven.studio.StudioBrowser;
import ai.xseven.workflow.TimeSkippingTemporalConfiguration;
import com.microsoft.playwright.Locator;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A reminder the appointment workflow sends reaches the widget on the business's own page over
 * the WebSocket: the workflow runs on Temporal's time-skipping server, so "a day before" is now.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "xseven.temporal.mode=time-skipping")
@Import(TimeSkippingTemporalConfiguration.class)
@ActiveProfiles("test")
@DirtiesContext // allowed origins and a booking change the demo data
class WidgetReminderIT extends StudioBrowser {

  @Autowired BusinessService businesses;
  @Autowired BusinessSettings settings;
  @Autowired TestWorkflowEnvironment temporal;

  private BusinessSite site;

  @AfterEach
  void stopTheSite() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void aReminderIsPushedToTheOpenWidget() {
    UUID marios = businesses.findBySlugOrId("marios-italian").orElseThrow().id();
    String origin = serveThePage(settings.widget(marios).key());
    settings.changeAllowedOrigins(marios, origin, "widget-reminder-it");

    page.navigate(origin + "/");
    Locator log = page.locator("[data-xseven-widget] .log");
    Locator input = page.locator("[data-xseven-widget] textarea");
    page.locator("[data-xseven-widget] .launcher").click();
    assertThat(log).containsText("welcome to Mario's Italian");

    LocalDate saturday = upcoming(DayOfWeek.SATURDAY);
    input.fill("Book a table for 2 on " + spoken(saturday) + " at 8pm, my name is Sara Conti");
    input.press("Enter");
    page.locator("[data-xseven-widget] .card").getByText("Confirm").click();
    assertThat(log).containsText("Done!");

    Instant dayBefore = saturday.atTime(LocalTime.of(20, 0)).atZone(zoneOf(marios)).toInstant()
        .minus(WorkflowSettings.DEFAULTS.reminderOffsets().get(0));
    temporal.sleep(Duration.between(Instant.ofEpochMilli(temporal.currentTimeMillis()), dayBefore)
        .plusMinutes(1));

    Locator reminder = log.locator(".notification").filter(
        new Locator.FilterOptions().setHasText("tomorrow"));
    assertThat(reminder).hasCount(1);
    assertThat(reminder).containsText("Reminder");
  }

  private ZoneId zoneOf(UUID business) {
    return businesses.find(business).orElseThrow().zone();
  }

  /** The business's own page, on another origin than the application. */
  private String serveThePage(String key) {
    site = BusinessSite.serving(path -> """
        <!doctype html><html lang="en"><head><title>Mario's Italian</title></head>
        <body><h1>Mario's Italian</h1>
        <script src="http://localhost:%d/widget.js" data-business="marios-italian"
                data-key="%s" async></script></body></html>
        """.formatted(port, key));
    return site.origin();
  }
}
