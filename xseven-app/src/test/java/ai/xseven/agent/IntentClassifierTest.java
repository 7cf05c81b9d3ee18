package ai.xseven.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentClassifierTest {

  private static IntentClassifier classifier;

  @BeforeAll
  static void loadModelOnce() {
    classifier = new IntentClassifier(new AllMiniLmL6V2EmbeddingModel());
  }

  // Phrasings that are not in intent-examples.txt, so the table tests generalisation.
  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          hi!                                                   | greeting
          Hello :)                                              | greeting
          hey, good evening                                     | greeting
          Hi, is this the salon?                                | greeting
          good morning!                                         | greeting
          ok bye                                                | goodbye
          thanks a lot, bye!                                    | goodbye
          see ya                                                | goodbye
          that's all I needed, have a nice evening              | goodbye
          When do you open on Saturday?                         | ask_hours
          what are your opening times on sunday                 | ask_hours
          Are you open right now?                               | ask_hours
          what time do you shut tonight?                        | ask_hours
          till when are you open on friday?                     | ask_hours
          Do you have any vegetarian dishes?                    | ask_menu
          what kind of pasta do you have                        | ask_menu
          can you send me your menu?                            | ask_menu
          Do you serve halal food?                              | ask_menu
          what desserts are there?                              | ask_menu
          How much is a women's haircut?                        | ask_prices
          what do your pedicures cost                           | ask_prices
          how much would a table for four cost roughly?         | ask_prices
          What are your rates?                                  | ask_prices
          how much do you charge for highlights                 | ask_prices
          Which services do you have?                           | ask_services
          do you do eyebrow threading?                          | ask_services
          Do you offer keratin treatments?                      | ask_services
          do you host birthday parties?                         | ask_services
          What's the address?                                   | ask_location
          where can I find you?                                 | ask_location
          Where is your place?                                  | ask_location
          is there somewhere to park?                           | ask_location
          how do I get to the salon from the station?           | ask_location
          I'd like to book a table for 4 tomorrow at 7pm        | book
          Can I reserve for two tonight?                        | book
          I need a haircut appointment on Friday                | book
          book me a manicure please                             | book
          could we get a table for six on saturday?             | book
          I want to make an appointment for highlights          | book
          table for 2 at 8                                      | book
          do you have any openings for a massage next week?     | book
          Yes                                                   | affirm
          yes!                                                  | affirm
          yep, that's right                                     | affirm
          Sounds perfect                                        | affirm
          yes, please go ahead                                  | affirm
          That's all correct                                    | affirm
          Great, confirm it please                              | affirm
          No.                                                   | deny
          nope                                                  | deny
          no, that's wrong                                      | deny
          Actually, cancel it                                   | deny
          that's not the right day                              | deny
          No, I don't want that                                 | deny
          What's the weather like in Paris?                     | unknown
          asdfghjkl                                             | unknown
          Who won the football game last night?                 | unknown
          tell me a joke                                        | unknown
          my cat is sick                                        | unknown
          hey hey                                               | greeting
          good afternoon, hope you're well                      | greeting
          hello, anybody there?                                 | greeting
          thank you, bye                                        | goodbye
          ok that's it, thanks!                                 | goodbye
          see you on friday then                                | goodbye
          what are your hours on thursday                       | ask_hours
          are you closed on mondays?                            | ask_hours
          when does the salon open tomorrow                     | ask_hours
          do you open early on saturdays?                       | ask_hours
          is there a vegan menu                                 | ask_menu
          what starters do you have                             | ask_menu
          do you serve sushi?                                   | ask_menu
          what's on your drinks list                            | ask_menu
          how much is a blow dry                                | ask_prices
          what's the price for gel nails                        | ask_prices
          how much are your cocktails                           | ask_prices
          is a men's cut expensive?                             | ask_prices
          do you do hair extensions?                            | ask_services
          what kind of services does the salon have             | ask_services
          do you offer catering?                                | ask_services
          can you do a wedding party?                           | ask_services
          where's the restaurant located                        | ask_location
          what street is the salon on?                          | ask_location
          send me your address please                           | ask_location
          is there a car park?                                  | ask_location
          I'd like to book a blow dry for tomorrow morning      | book
          can I make a reservation for 8 people on saturday     | book
          is Friday at 6 available for a haircut?               | book
          table for one please                                  | book
          I want to come in for a manicure on Monday            | book
          could you book me in for a facial                     | book
          yes correct                                           | affirm
          yes that works                                        | affirm
          alright, confirmed                                    | affirm
          yeah sounds good                                      | affirm
          definitely                                            | affirm
          no no                                                 | deny
          that's not it                                         | deny
          don't do it                                           | deny
          wrong, I said Saturday                                | deny
          nah, cancel                                           | deny
          how tall is the eiffel tower                          | unknown
          i need to fix my car                                  | unknown
          what's your favorite color                            | unknown
          Hello there, good evening                             | greeting
          hi hi                                                 | greeting
          Cheers, see you soon                                  | goodbye
          thanks, that's all for today                          | goodbye
          What time do you open on Sunday morning?              | ask_hours
          Are you open late on Fridays?                         | ask_hours
          Do you have gluten-free pasta?                        | ask_menu
          Is there a set lunch menu?                            | ask_menu
          what fish dishes do you have                          | ask_menu
          How much does a balayage cost?                        | ask_prices
          what's the price of the tasting menu                  | ask_prices
          Are your prices per person?                           | ask_prices
          Do you do waxing for men?                             | ask_services
          do you do kids haircuts                               | ask_services
          Where exactly are you?                                | ask_location
          what's the closest bus stop                           | ask_location
          Could I book a table for 3 at 9pm?                    | book
          I'd like to get my nails done on Thursday             | book
          Can I get a cut and color next Tuesday?               | book
          Reserve for 5 tomorrow night                          | book
          yes that's perfect                                    | affirm
          ok great                                              | affirm
          yes go ahead and book                                 | affirm
          No, wrong day                                         | deny
          Not what I asked for                                  | deny
          no, please cancel                                     | deny
          can you recommend a good movie                        | unknown
          my internet is down                                   | unknown
          how old are you                                       | unknown
          I love your food                                      | unknown
          the food was cold yesterday                           | unknown
          can you help me with my homework                      | unknown
          what is the meaning of life                           | unknown
          how do I reset my iphone                              | unknown
          I'm bored                                             | unknown
          what time is my reservation on friday?                | booking_status
          is my table still booked for tonight?                 | booking_status
          do I still have an appointment with you?              | booking_status
          any news on my order?                                 | order_status
          is the lasagna I ordered ready?                       | order_status
          how long will my order take?                          | order_status
          has my order been picked up by the kitchen?           | order_status
          could we move our reservation to 9pm?                 | reschedule
          I have to change my appointment to Thursday           | reschedule
          can my booking be moved to next saturday?             | reschedule
          we'd like to move our booking to 8 instead of 7       | reschedule
          please cancel our table for saturday                  | cancel_booking
          I won't be able to make my appointment, cancel it     | cancel_booking
          can you cancel my manicure booking                    | cancel_booking
          cancel the order please                               | cancel_order
          I don't want the pizzas anymore, cancel the order     | cancel_order
          please stop my takeaway                               | cancel_order
          hi, I'm here for my 7pm booking                       | check_in
          we just arrived                                       | check_in
          I'm at the front door now                             | check_in
          """)
  void classifiesRealisticMessages(String message, String expected) {
    assertThat(classifier.classify(message).name()).isEqualTo(expected);
  }

  @Test
  void shipsFifteenToThirtyExamplesForEveryIntent() {
    Map<String, Long> perIntent =
        IntentExamples.load().stream()
            .collect(Collectors.groupingBy(IntentExamples.Example::intent, Collectors.counting()));

    assertThat(perIntent)
        .containsOnlyKeys(
            "greeting", "goodbye", "ask_hours", "ask_menu", "ask_prices", "ask_services",
            "ask_location", "book", "affirm", "deny", "booking_status", "order_status",
            "reschedule", "cancel_booking", "cancel_order", "check_in");
    assertThat(perIntent.values()).allSatisfy(count -> assertThat(count).isBetween(15L, 30L));
  }

  @Test
  void rejectsAnExampleFileWithAMisspeltIntent() {
    BufferedReader file =
        new BufferedReader(new StringReader("# comment\n\ngreeting: hi\nbok: table\n"));

    assertThatThrownBy(() -> IntentExamples.parse(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bok");
  }

  @Test
  void givesEachIntentItsKind() {
    assertThat(classifier.classify("hello").kind()).isEqualTo(Intent.Kind.GREETING);
    assertThat(classifier.classify("goodbye").kind()).isEqualTo(Intent.Kind.GOODBYE);
    assertThat(classifier.classify("when are you open?").kind()).isEqualTo(Intent.Kind.QUESTION);
    assertThat(classifier.classify("where are you located?").kind())
        .isEqualTo(Intent.Kind.QUESTION);
    assertThat(classifier.classify("I want to book a table").kind())
        .isEqualTo(Intent.Kind.BOOKING);
    assertThat(classifier.classify("yep").kind()).isEqualTo(Intent.Kind.AFFIRM);
    assertThat(classifier.classify("nope").kind()).isEqualTo(Intent.Kind.DENY);
    assertThat(classifier.classify("where is my order?").kind()).isEqualTo(Intent.Kind.MANAGE);
    assertThat(classifier.classify("I've just arrived").kind()).isEqualTo(Intent.Kind.MANAGE);
    assertThat(classifier.classify("qwertyuiop zxcv").kind()).isEqualTo(Intent.Kind.UNKNOWN);
  }

  @Test
  void shortYesNoAnswersSkipTheModelWithFullConfidence() {
    assertThat(classifier.classify("  YEP! "))
        .isEqualTo(new Intent("affirm", Intent.Kind.AFFIRM, 1.0));
    assertThat(classifier.classify("No thanks."))
        .isEqualTo(new Intent("deny", Intent.Kind.DENY, 1.0));
  }

  @Test
  void scoresAMatchAboveTheThresholdAndAnUnknownBelowIt() {
    Intent hours = classifier.classify("what time do you open tomorrow?");
    Intent gibberish = classifier.classify("purple monkey dishwasher");

    assertThat(hours.score()).isBetween(IntentClassifier.THRESHOLD, 1.0);
    assertThat(gibberish.name()).isEqualTo(Intent.UNKNOWN);
    assertThat(gibberish.score()).isLessThan(IntentClassifier.THRESHOLD);
  }

  @Test
  void treatsBlankAndNullMessagesAsUnknown() {
    assertThat(classifier.classify("   ").kind()).isEqualTo(Intent.Kind.UNKNOWN);
    assertThat(classifier.classify(null).kind()).isEqualTo(Intent.Kind.UNKNOWN);
  }

  @Test
  void ignoresCaseAndSurroundingWhitespace() {
    assertThat(classifier.classify("  WHERE ARE YOU LOCATED?  "))
        .isEqualTo(classifier.classify("where are you located?"));
  }

  @Test
  void givesTheSameAnswerFromManyThreadsAtOnce() throws Exception {
    List<String> messages =
        List.of(
            "can I book for friday?", "how much is a manicure?", "see you", "what's on the menu?");
    List<Intent> expected = messages.stream().map(classifier::classify).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Intent>> calls =
          IntStream.range(0, 40)
              .<Callable<Intent>>mapToObj(i -> () -> classifier.classify(messages.get(i % 4) + " "))
              .toList();
      List<Future<Intent>> results = pool.invokeAll(calls);
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.get(i % 4));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
