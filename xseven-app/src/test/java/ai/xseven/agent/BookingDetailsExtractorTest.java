package ai.xseven.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingDetailsExtractorTest {

  // Friday 20 November 2026, 10:00 in New York.
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final List<String> SALON =
      List.of(
          "Women's Haircut", "Men's Haircut", "Balayage", "Gel Manicure", "Pedicure",
          "Eyelash Extensions", "Cut & Color");

  private final BookingDetailsExtractor extractor = new BookingDetailsExtractor();

  private BookingDetails extract(String text) {
    return extract(text, null);
  }

  private BookingDetails extract(String text, String expecting) {
    return extractor.extract(text, NEW_YORK, NOW, SALON, expecting);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          tomorrow at 7pm                                | 2026-11-21 | 19:00
          Saturday at 19:30                              | 2026-11-21 | 19:30
          next Saturday 2pm                              | 2026-11-28 | 14:00
          on December 12 at 8                            | 2026-12-12 | 20:00
          at 7:30 pm                                     | -          | 19:30
          7pm                                            | -          | 19:00
          this Sunday at noon                            | 2026-11-22 | 12:00
          tonight at 9                                   | 2026-11-20 | 21:00
          today at 5:15pm                                | 2026-11-20 | 17:15
          wed at 10:30am                                 | 2026-11-25 | 10:30
          Tuesday 1 p.m.                                 | 2026-11-24 | 13:00
          Dec 12th at 8:15pm                             | 2026-12-12 | 20:15
          12/24 at 7                                     | 2026-12-24 | 19:00
          January 5 at 7pm                               | 2027-01-05 | 19:00
          on the 25th at 6                               | 2026-11-25 | 18:00
          the 3rd at 11am                                | 2026-12-03 | 11:00
          tmrw at 7                                      | 2026-11-21 | 19:00
          in 3 days at 6pm                               | 2026-11-23 | 18:00
          tomorrow morning at 9                          | 2026-11-21 | 09:00
          Monday at 09:30                                | 2026-11-23 | 09:30
          half past seven tomorrow                       | 2026-11-21 | 19:30
          quarter to eight on Saturday                   | 2026-11-21 | 19:45
          at 8 o'clock on Thursday                       | 2026-11-26 | 20:00
          Saturday                                       | 2026-11-21 | -
          next friday                                    | 2026-11-27 | -
          May I book something for tomorrow?             | 2026-11-21 | -
          the 5th of May at 1pm                          | 2027-05-05 | 13:00
          at midnight                                    | -          | 00:00
          19:30                                          | -          | 19:30
          at eight thirty tomorrow                       | 2026-11-21 | 20:30
          tomorrow at 7 30                               | 2026-11-21 | 19:30
          can I move my booking to the 28th?             | 2026-11-28 | -
          what about Wednesday, around 7.30?             | 2026-11-25 | 19:30
          """)
  void readsDatesAndTimesRelativeToNowInTheBusinessZone(
      String message, LocalDate date, LocalTime time) {
    BookingDetails details = extract(message);

    assertThat(details.date()).isEqualTo(date);
    assertThat(details.time()).isEqualTo(time);
  }

  @Test
  void namingTodaysWeekdayMeansThatDayNextWeek() {
    assertThat(extract("Friday at 19:30").date()).isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void takesNoDateFromATimeAndNoTimeFromADate() {
    assertThat(extract("can you do 7pm?").date()).isNull();
    assertThat(extract("do you have anything on Saturday?").time()).isNull();
    assertThat(extract("tomorrow evening").time()).isNull();
  }

  @Test
  void resolvesRelativeDatesInTheBusinessZoneNotUtc() {
    Instant lateEveningInNewYork = Instant.parse("2026-11-21T03:00:00Z"); // 22:00 on the 20th

    assertThat(extractor.extract("tomorrow", NEW_YORK, lateEveningInNewYork, SALON, null).date())
        .isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(extractor.extract("tomorrow", ZoneId.of("UTC"), lateEveningInNewYork, SALON, null)
            .date())
        .isEqualTo(LocalDate.of(2026, 11, 22));
  }

  @Test
  void rollsOverTheYearEnd() {
    Instant newYearsEve = Instant.parse("2026-12-31T20:00:00Z");

    BookingDetails details =
        extractor.extract("tomorrow at 1pm", NEW_YORK, newYearsEve, SALON, null);

    assertThat(details.date()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(details.time()).isEqualTo(LocalTime.of(13, 0));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          a table for 4 please                          | 4
          table for two                                 | 2
          party of six                                  | 6
          4 people                                      | 4
          we're 3 persons                               | 3
          there will be 12 guests                       | 12
          just the two of us                            | 2
          for 5                                         | 5
          we are eight                                  | 8
          just me                                       | 1
          a table for twenty                            | 20
          table for 7pm                                 | -
          for 7:30                                      | -
          for 2 hours                                   | -
          can I book for the 5th?                       | -
          """)
  void readsThePartySize(String message, Integer partySize) {
    assertThat(extract(message).partySize()).isEqualTo(partySize);
  }

  @Test
  void doesNotReadThePartySizeAsAnHour() {
    BookingDetails details = extract("I'd like a table for 4 tomorrow");

    assertThat(details.partySize()).isEqualTo(4);
    assertThat(details.date()).isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(details.time()).isNull();
  }

  @Test
  void readsEveryDetailOfAFullRequest() {
    BookingDetails details =
        extract("Hi, this is Maria Garcia, can I get a table for 6 on Saturday at 8:30?");

    assertThat(details)
        .isEqualTo(
            new BookingDetails(
                LocalDate.of(2026, 11, 21), LocalTime.of(20, 30), 6, "Maria Garcia", null));
  }

  @Test
  void readsDetailsAroundPunctuationAndSmallWords() {
    assertThat(extract("Could we book for 3 people next Friday at 7.30?"))
        .isEqualTo(
            new BookingDetails(LocalDate.of(2026, 11, 27), LocalTime.of(19, 30), 3, null, null));
    assertThat(extract("We'll be 4, tomorrow at 8:00"))
        .isEqualTo(
            new BookingDetails(LocalDate.of(2026, 11, 21), LocalTime.of(20, 0), 4, null, null));
  }

  @Test
  void readsABookingUnderAName() {
    BookingDetails details = extract("book for 4 tomorrow at 8pm under Smith please");

    assertThat(details)
        .isEqualTo(
            new BookingDetails(LocalDate.of(2026, 11, 21), LocalTime.of(20, 0), 4, "Smith", null));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          my name is Maria Garcia                        | Maria Garcia
          my name is ana lopez and I'd like a haircut    | Ana Lopez
          I'm John, table for 2 at 8                     | John
          I am Priya Patel                               | Priya Patel
          This is Sarah Connor calling to book           | Sarah Connor
          name's Tom                                     | Tom
          name: o'brien                                  | O'Brien
          under the name Jean-Luc Picard                 | Jean-Luc Picard
          It's Li Wei.                                   | Li Wei
          I'm looking for a table for 4                  | -
          I am free on Friday                            | -
          this is great, thanks                          | -
          I'm Interested in a pedicure                   | -
          Ana Lopez                                      | -
          """)
  void readsTheCustomersName(String message, String name) {
    assertThat(extract(message).customerName()).isEqualTo(name);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          I need a haircut                               | Women's Haircut
          a men's haircut please                         | Men's Haircut
          Mens haircut on Friday                         | Men's Haircut
          balayage on saturday                           | Balayage
          can I get my nails done, a gel manicure        | Gel Manicure
          lash extensions                                | Eyelash Extensions
          a hair cut                                     | Women's Haircut
          cut and colour                                 | Cut & Color
          pedicures                                      | Pedicure
          a table for 4                                  | -
          """)
  void matchesTheServiceToTheCatalogName(String message, String service) {
    assertThat(extract(message).service()).isEqualTo(service);
  }

  @Test
  void findsNoServiceWithoutACatalog() {
    assertThat(extractor.extract("a haircut", NEW_YORK, NOW, List.of(), null).service()).isNull();
    assertThat(extractor.extract("a haircut", NEW_YORK, NOW, null, null).service()).isNull();
  }

  @Test
  void takesABareAnswerAsTheDetailThatWasAskedFor() {
    assertThat(extract("4", "partySize").partySize()).isEqualTo(4);
    assertThat(extract("six", "partySize").partySize()).isEqualTo(6);
    assertThat(extract("7", "time").time()).isEqualTo(LocalTime.of(19, 0));
    assertThat(extract("is 8 ok?", "time").time()).isEqualTo(LocalTime.of(20, 0));
    assertThat(extract("eight thirty", "time").time()).isEqualTo(LocalTime.of(20, 30));
    assertThat(extract("7pm", "partySize").time()).isEqualTo(LocalTime.of(19, 0));
    assertThat(extract("7pm", "partySize").partySize()).isNull();
    assertThat(extract("the 12th", "date").date()).isEqualTo(LocalDate.of(2026, 12, 12));
    assertThat(extract("12", "date").date()).isEqualTo(LocalDate.of(2026, 12, 12));
    assertThat(extract("ana lopez", "name").customerName()).isEqualTo("Ana Lopez");
    assertThat(extract("i'm ana", "name").customerName()).isEqualTo("Ana");
    assertThat(extract("im ana", "name").customerName()).isEqualTo("Ana");
  }

  @Test
  void ignoresABareAnswerNobodyAskedFor() {
    assertThat(extract("4").isEmpty()).isTrue();
    assertThat(extract("7", "partySize").time()).isNull();
    assertThat(extract("is 8 ok?").time()).isNull();
    assertThat(extract("ana lopez").isEmpty()).isTrue();
    assertThat(extract("yes", "name").isEmpty()).isTrue();
    assertThat(extract("tomorrow", "name").customerName()).isNull();
  }

  @Test
  void givesTheSameDetailsFromManyThreadsAtOnce() throws Exception {
    List<String> messages =
        List.of("tomorrow at 7pm for 4", "Saturday at 8:30", "balayage on the 3rd", "next friday");
    List<BookingDetails> expected = messages.stream().map(this::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<BookingDetails>> calls =
          IntStream.range(0, 40)
              .<Callable<BookingDetails>>mapToObj(i -> () -> extract(messages.get(i % 4)))
              .toList();
      List<Future<BookingDetails>> results = pool.invokeAll(calls);
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.get(i % 4));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void findsNothingInAMessageWithoutDetails() {
    assertThat(extract("hello").isEmpty()).isTrue();
    assertThat(extract("what time do you close?").isEmpty()).isTrue();
    assertThat(extract("   ").isEmpty()).isTrue();
    assertThat(extract(null).isEmpty()).isTrue();
  }
}
