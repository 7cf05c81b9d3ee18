package ai.xseven.guardrail;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Counts the insults, slurs and swear words of {@code guardrails/abusive-terms.txt} in a message. */
final class AbusiveTerms {

  private final Pattern terms;

  AbusiveTerms() {
    this(GuardrailResources.lines("abusive-terms.txt"));
  }

  AbusiveTerms(List<String> entries) {
    this.terms = Pattern.compile(entries.stream()
        .map(entry -> entry.endsWith("*")
            ? Pattern.quote(entry.substring(0, entry.length() - 1)) + "\\p{L}*"
            : Pattern.quote(entry))
        .collect(Collectors.joining("|", "(?<!\\p{L})(?:", ")(?!\\p{L})")));
  }

  int count(String normalised) {
    Matcher found = terms.matcher(normalised);
    int count = 0;
    while (found.find()) {
      count++;
    }
    return count;
  }
}
