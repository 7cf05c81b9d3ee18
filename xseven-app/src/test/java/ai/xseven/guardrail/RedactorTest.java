package ai.xseven.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private static final String TEXT = "Card 4111 1111 1111 1111, mail ana@example.com, call 07700 900123";

  @Test
  void masksOnlyTheKindsTheRulesAskedFor() {
    List<PersonalDataSpan> spans = PersonalDataDetector.find(TEXT);

    assertThat(Redactor.redact(TEXT, spans, Set.of("CARD", "EMAIL")))
        .isEqualTo("Card [card number removed], mail [email removed], call 07700 900123");
    assertThat(Redactor.redact(TEXT, spans, Set.of("CARD", "EMAIL", "PHONE", "IBAN")))
        .isEqualTo("Card [card number removed], mail [email removed], call [phone number removed]");
  }

  @Test
  void leavesTheTextAloneWhenNothingIsToBeMasked() {
    assertThat(Redactor.redact(TEXT, PersonalDataDetector.find(TEXT), Set.of())).isEqualTo(TEXT);
    assertThat(Redactor.redact("table for 4", List.of(), Set.of("CARD"))).isEqualTo("table for 4");
  }

  @Test
  void masksAnIbanAndKeepsTheWordsAroundIt() {
    String text = "Refund to DE89 3704 0044 0532 0130 00 thanks";

    assertThat(Redactor.redact(text, PersonalDataDetector.find(text), Set.of("IBAN")))
        .isEqualTo("Refund to [IBAN removed] thanks");
  }

  @Test
  void masksOverlappingSpansOnce() {
    List<PersonalDataSpan> spans =
        List.of(new PersonalDataSpan("PHONE", 5, 12), new PersonalDataSpan("CARD", 0, 10));

    assertThat(Redactor.redact("0123456789012 end", spans, Set.of("PHONE", "CARD")))
        .isEqualTo("[card number removed]012 end");
  }
}
