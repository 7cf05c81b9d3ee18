package ai.xseven.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.agent.SystemPrompts;
import ai.xseven.business.BusinessDetails;
import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.CatalogEntry;
import ai.xseven.business.OpeningPeriod;
import ai.xseven.rules.Decision;
import ai.xseven.rules.RuleResult;
import ai.xseven.rules.ShippedRuleSets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Everything the offline assistant and the booking flow say, for every demo business, passes the
 * output guardrails. The texts are written as BusinessTools, the booking plugins and the
 * appointment messages write them.
 */
class ReplyOfflineAnswersTest {

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);

  private final ReplyInspector inspector = new ReplyInspector();

  @TestFactory
  Stream<DynamicTest> offlineAnswersPass() {
    return ReplyDemoBusinesses.BY_SLUG.values().stream()
        .flatMap(business -> answers(business).stream().map(answer ->
            DynamicTest.dynamicTest(business.profile().slug() + ": " + answer, () -> {
              RuleResult result = ShippedRuleSets.evaluate(OutputScenarioFacts.RULE_SET,
                  inspector.facts(answer, new ReplyContext(business,
                      SystemPrompts.forBusiness(business.profile()), List.of("hi"),
                      passages(business.profile().slug()))));
              assertThat(result.decision()).as("%s", result.reasons()).isEqualTo(Decision.ALLOW);
            })));
  }

  static List<String> answers(BusinessDetails business) {
    BusinessProfile profile = business.profile();
    List<String> answers = new ArrayList<>();
    answers.add(catalog(business));
    business.catalog().forEach(entry -> answers.add(line(entry)));
    answers.add(hours(business));
    answers.add(profile.name() + " is at " + profile.address() + " (" + profile.area()
        + "). Phone: " + profile.phone() + ".");
    answers.add("Hi, welcome to " + profile.name() + "! I can tell you about "
        + (profile.kind() == BusinessKind.RESTAURANT
            ? "our opening hours, the menu and prices, or book a table for you"
            : "our opening hours, our services and prices, or book an appointment for you")
        + ". How can I help?");
    answers.add("Sorry, I didn't quite catch that. I can help with: our opening hours; our menu, "
        + "services and prices; where to find us and how to call us; questions about our "
        + "policies; or make a booking for you.");
    answers.addAll(passages(profile.slug()));
    answers.add("Thank you for chatting with us. Goodbye, and see you soon!");
    String what = profile.kind() == BusinessKind.RESTAURANT ? "a table for 4"
        : business.catalog().get(0).name();
    for (OpeningPeriod period : business.openingHours()) {
      LocalDate date = LocalDate.of(2030, 1, 7).plusDays(period.dayOfWeek().getValue() - 1);
      for (LocalTime time : List.of(period.opens(), period.closes().minusHours(1))) {
        String when = DAY.format(date) + " at " + CLOCK.format(time);
        answers.add("Shall I book " + what + " at " + profile.name() + " on " + when
            + " under the name Anna? Please answer yes or no.");
        answers.add("Done! I've booked " + what + " at " + profile.name() + " on " + when
            + " under the name Anna. You'll get a confirmation and reminders here.");
        answers.add("Reminder: your " + what + " at " + profile.name() + " starts in 1 hour, at "
            + CLOCK.format(time) + ".");
        answers.add("Your " + what + " at " + profile.name() + " on " + when
            + " is cancelled (the kitchen flooded).");
      }
      String day = period.dayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      answers.add("On " + day + "s " + profile.name() + " is open " + CLOCK.format(period.opens())
          + " to " + CLOCK.format(period.closes()) + ", and this booking takes "
          + profile.slotMinutes() + " minutes. Which other time would suit you?");
    }
    return answers;
  }

  /**
   * What the knowledge tool answers with: each section of the business's shipped documents under
   * its title and heading.
   */
  static List<String> passages(String slug) {
    List<String> passages = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/knowledge", slug))) {
      for (Path file : files.sorted().toList()) {
        String[] sections = Files.readString(file).split("(?m)^## ");
        String title = sections[0].strip().replaceFirst("^# ", "").lines().findFirst().orElse("");
        for (int i = 1; i < sections.length; i++) {
          String heading = sections[i].lines().findFirst().orElse("");
          String text = sections[i].substring(heading.length()).strip();
          passages.add("From \"" + title + " › " + heading + "\":\n" + text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return passages;
  }

  private static String catalog(BusinessDetails business) {
    Map<String, List<CatalogEntry>> byCategory = business.catalog().stream().collect(
        Collectors.groupingBy(CatalogEntry::category, LinkedHashMap::new, Collectors.toList()));
    String noun = business.profile().kind() == BusinessKind.RESTAURANT ? "menu" : "services";
    return "Here are our " + noun + " at " + business.profile().name() + ":\n"
        + byCategory.entrySet().stream()
            .map(category -> category.getKey() + ": " + category.getValue().stream()
                .map(entry -> entry.name() + " " + entry.formattedPrice())
                .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n"));
  }

  private static String line(CatalogEntry entry) {
    String duration =
        entry.durationMinutes() == null ? "" : " (" + entry.durationMinutes() + " min)";
    return "• " + entry.name() + ": " + entry.formattedPrice() + duration + " — "
        + entry.description();
  }

  private static String hours(BusinessDetails business) {
    Map<DayOfWeek, String> byDay = new LinkedHashMap<>();
    for (OpeningPeriod period : business.openingHours()) {
      byDay.merge(period.dayOfWeek(),
          CLOCK.format(period.opens()) + "–" + CLOCK.format(period.closes()),
          (a, b) -> a + ", " + b);
    }
    return business.profile().name() + " is open:\n" + Stream.of(DayOfWeek.values())
        .map(day -> "• " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ": "
            + byDay.getOrDefault(day, "closed"))
        .collect(Collectors.joining("\n"));
  }
}
