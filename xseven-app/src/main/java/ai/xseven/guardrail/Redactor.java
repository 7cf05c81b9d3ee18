package ai.xseven.guardrail;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Masks the personal data the rules asked to redact, saying what was removed so the reply still reads. */
final class Redactor {

  private static final Map<String, String> MASKS = Map.of(
      PersonalDataDetector.CARD, "[card number removed]",
      PersonalDataDetector.EMAIL, "[email removed]",
      PersonalDataDetector.PHONE, "[phone number removed]",
      PersonalDataDetector.IBAN, "[IBAN removed]");

  private Redactor() {}

  static String redact(String text, List<PersonalDataSpan> spans, Set<String> kinds) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (PersonalDataSpan span : spans.stream()
        .filter(span -> kinds.contains(span.kind()))
        .sorted(Comparator.comparingInt(PersonalDataSpan::start))
        .toList()) {
      if (span.start() < copied) {
        continue; // overlaps a span already masked
      }
      out.append(text, copied, span.start())
          .append(MASKS.getOrDefault(span.kind(), "[personal data removed]"));
      copied = span.end();
    }
    return out.append(text, copied, text.length()).toString();
  }
}
