package ai.xseven.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.xseven.agent.SystemPrompts;
import ai.xseven.business.BusinessDetails;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyInspectorTest {

  private final ReplyInspector inspector = new ReplyInspector();

  @Test
  void readsPricesInEveryUsualFormatWithTheItemTheyAreFor() {
    List<PriceMention> prices = facts(ReplyDemoBusinesses.MARIOS,
        "Margherita $14, Diavola: 16 dollars, Tiramisu 8.50 USD, USD 7.5 for the Panna Cotta. "
            + "A Hawaiian is €9 and a coffee 1,200 pounds.", PriceMention.class);

    assertThat(prices).extracting(PriceMention::stated, PriceMention::amountCents,
            PriceMention::currency, PriceMention::item)
        .containsExactly(
            tuple("$14", 1400, "USD", "Margherita"),
            tuple("16 dollars", 1600, "USD", "Diavola"),
            tuple("8.50 USD", 850, "USD", "Tiramisu"),
            tuple("USD 7.5", 750, "USD", "Panna Cotta"),
            tuple("€9", 900, "EUR", null),
            tuple("1,200 pounds", 120000, "GBP", null));
  }

  @Test
  void aPriceFirstSentenceTiesEachPriceToTheItemAfterIt() {
    List<PriceMention> prices = facts(ReplyDemoBusinesses.MARIOS,
        "It's $14 for the Margherita and $16 for the Diavola.", PriceMention.class);

    assertThat(prices).extracting(PriceMention::item).containsExactly("Margherita", "Diavola");
  }

  @Test
  void ofSeveralItemsBeforeAPriceTheOneItIsThePriceOfIsMeant() {
    List<PriceMention> prices = facts(ReplyDemoBusinesses.MARIOS,
        "Tiramisu and Panna Cotta are $8 and $7.50.", PriceMention.class);

    assertThat(prices).extracting(PriceMention::item).containsExactly("Tiramisu", null);
  }

  @Test
  void catalogNamesAreFoundDespiteApostrophesHyphensAndCase() {
    List<PriceMention> prices = facts(ReplyDemoBusinesses.BELLA,
        "A women’s haircut is $55, a blow dry $30 and a kids haircut $20.", PriceMention.class);

    assertThat(prices).extracting(PriceMention::item)
        .containsExactly("Women's Haircut", "Blow-dry", "Kids' Haircut");
  }

  @Test
  void numbersThatAreNoPricesAreNotRead() {
    assertThat(facts(ReplyDemoBusinesses.MARIOS,
        "A table for 4 on November 27 at 7:00 PM, 12 Main Street.", PriceMention.class)).isEmpty();
  }

  @Test
  void readsTwelveAndTwentyFourHourTimesWithTheirWeekday() {
    List<TimeMention> times = facts(ReplyDemoBusinesses.GLOW,
        "Booked: Friday at 7:30 p.m. Or Saturday at 09:15, or noon on Sunday.", TimeMention.class);

    assertThat(times).extracting(TimeMention::day, TimeMention::time, TimeMention::offersVisit)
        .containsExactly(
            tuple(DayOfWeek.FRIDAY, LocalTime.of(19, 30), true),
            tuple(DayOfWeek.SATURDAY, LocalTime.of(9, 15), true),
            tuple(DayOfWeek.SUNDAY, LocalTime.NOON, true));
  }

  @Test
  void aTimeWithoutAWeekdayHasNoDayAndAClosingTimeIsMarked() {
    List<TimeMention> times = facts(ReplyDemoBusinesses.MARIOS,
        "Come tonight at 8 PM; the kitchen is open until 10 PM.", TimeMention.class);

    assertThat(times).extracting(TimeMention::day, TimeMention::time, TimeMention::closing)
        .containsExactly(tuple(null, LocalTime.of(20, 0), false),
            tuple(null, LocalTime.of(22, 0), true));
  }

  @Test
  void aTimeTurnedDownIsNotOffered() {
    List<TimeMention> times = facts(ReplyDemoBusinesses.MARIOS,
        "Sorry, 11:30 PM is too late on Fridays, but 9 PM works.", TimeMention.class);

    assertThat(times).extracting(TimeMention::time, TimeMention::offersVisit, TimeMention::day)
        .containsExactly(tuple(LocalTime.of(23, 30), false, DayOfWeek.FRIDAY),
            tuple(LocalTime.of(21, 0), true, DayOfWeek.FRIDAY));
  }

  @Test
  void joinedTimesAreHoursForEveryWeekdayTheyAreStatedFor() {
    List<HoursStatement> hours = facts(ReplyDemoBusinesses.MARIOS,
        "We're open Tuesday to Thursday 12–10 PM and Sunday from noon until 9 PM.",
        HoursStatement.class);

    assertThat(hours).extracting(HoursStatement::day, HoursStatement::opens, HoursStatement::closes)
        .containsExactly(
            tuple(DayOfWeek.TUESDAY, LocalTime.NOON, LocalTime.of(22, 0)),
            tuple(DayOfWeek.WEDNESDAY, LocalTime.NOON, LocalTime.of(22, 0)),
            tuple(DayOfWeek.THURSDAY, LocalTime.NOON, LocalTime.of(22, 0)),
            tuple(DayOfWeek.SUNDAY, LocalTime.NOON, LocalTime.of(21, 0)));
    assertThat(facts(ReplyDemoBusinesses.MARIOS, "Open 11–2 PM.", HoursStatement.class))
        .extracting(HoursStatement::opens).containsExactly(LocalTime.of(11, 0));
  }

  @Test
  void tellsWhoseContactDetailsTheyAre() {
    ReplyContext context = new ReplyContext(ReplyDemoBusinesses.MARIOS, null,
        List.of("I'm on 917 555 0199, or anna@example.com"));

    List<ContactMention> contacts = inspector.facts(
        "Call us on 555-0100. We'll text +1 (917) 555-0199 and mail ANNA@example.com, not "
            + "bob@example.org or 646.555.0123. Booked for 2025-11-27 at $1,250.", context)
        .stream().filter(ContactMention.class::isInstance).map(ContactMention.class::cast)
        .toList();

    assertThat(contacts).extracting(ContactMention::kind, ContactMention::value,
            ContactMention::business, ContactMention::givenByCustomer)
        .containsExactlyInAnyOrder(
            tuple("EMAIL", "anna@example.com", false, true),
            tuple("EMAIL", "bob@example.org", false, false),
            tuple("PHONE", "5550100", true, false),
            tuple("PHONE", "19175550199", false, true),
            tuple("PHONE", "6465550123", false, false));
  }

  @Test
  void orderAndBookingIdsAreNotPhoneNumbers() {
    ReplyContext context = new ReplyContext(ReplyDemoBusinesses.MARIOS, null, List.of());

    List<ContactMention> contacts = inspector.facts(
        "Done: Order 63364812-36f2-4fb8-8b1e-513bf961682e is accepted.\n"
            + "• #63364812 Nora Quinn: 1 × Lasagna ($18) (placed)\n"
            + "Your booking 12345678 is moved; order no. 87654321 is ready. "
            + "Questions? Call 646.555.0123.", context)
        .stream().filter(ContactMention.class::isInstance).map(ContactMention.class::cast)
        .toList();

    assertThat(contacts).extracting(ContactMention::value).containsExactly("6465550123");
  }

  @Test
  void offersAreFoundAndNegatedOnesAreNot() {
    List<OfferMention> offers = facts(ReplyDemoBusinesses.MARIOS,
        "We don't do discounts, but the Tiramisu is free for your birthday. Feel free to ask; "
            + "we have gluten-free pasta. No refunds, sorry. I guarantee you'll love it.",
        OfferMention.class);

    assertThat(offers).extracting(OfferMention::kind).containsExactly("FREE_ITEM", "GUARANTEE");
    assertThat(offers.get(0).concerns("dessert")).isTrue();
    assertThat(offers.get(0).concerns("birthday")).isTrue();
    assertThat(offers.get(1).concerns("dessert")).isFalse();
  }

  @Test
  void measuresTheLongestRunOfWordsSharedWithThePrompt() {
    PromptOverlap overlap = single(inspector.facts(
        "OK: if a tool does not have the answer, say so. Never invent them.", marios()),
        PromptOverlap.class);

    assertThat(overlap.words()).isEqualTo(10);
    assertThat(overlap.excerpt()).isEqualTo("if a tool does not have the answer say so");
  }

  @Test
  void theBusinessesOwnDetailsDoNotCountAsPromptWords() {
    PromptOverlap overlap = single(inspector.facts(
        "Hi! I'm the assistant of Mario's Italian, a restaurant in downtown.", marios()),
        PromptOverlap.class);

    assertThat(overlap.excerpt())
        .isEqualTo("the assistant of mario's italian a restaurant in downtown");
    assertThat(overlap.words()).isEqualTo(5);
  }

  private static ReplyContext marios() {
    return new ReplyContext(ReplyDemoBusinesses.MARIOS,
        SystemPrompts.forBusiness(ReplyDemoBusinesses.MARIOS.profile()), List.of());
  }

  @Test
  void noticesTalkAboutInstructions() {
    assertThat(facts(ReplyDemoBusinesses.GLOW, "I was told to never share my system prompt.",
        InstructionTalk.class)).extracting(InstructionTalk::phrase)
        .containsExactly("I was told to", "my system prompt");
  }

  @Test
  void statesTheTruthBesideTheReply() {
    List<Object> facts = inspector.facts("Hello!",
        new ReplyContext(ReplyDemoBusinesses.GLOW, null, null));

    assertThat(facts).filteredOn(CatalogPrice.class::isInstance).hasSize(9)
        .contains(new CatalogPrice("Balayage", 16000, "USD", "$160"));
    assertThat(facts).filteredOn(OpeningWindow.class::isInstance).hasSize(6)
        .contains(new OpeningWindow(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(20, 0)));
    assertThat(facts).contains(new OutboundReply("Hello!"), new PromptOverlap(0, ""));
  }

  private <T> List<T> facts(BusinessDetails business, String reply, Class<T> type) {
    return inspector.facts(reply, new ReplyContext(business,
            SystemPrompts.forBusiness(business.profile()), List.of()))
        .stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static <T> T single(List<Object> facts, Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }
}
