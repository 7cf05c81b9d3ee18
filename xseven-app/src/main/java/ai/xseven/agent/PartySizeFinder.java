package ai.xseven.agent;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds how many people a booking is for, in normalised text (number words already digits). */
final class PartySizeFinder {

  // "for 7pm", "for 7:30", "for 2 hours", "for 12/24", "for the 5th" are not party sizes.
  private static final String NOT_TIME =
      "(?!\\s*(?:[:./]\\d|[ap]\\.?m\\b|o'?clock|h\\b|hours?|hrs?|mins?|minutes?|days?|weeks?"
          + "|nights?|st\\b|nd\\b|rd\\b|th\\b))";
  private static final String N = "(\\d{1,2})\\b";

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("\\b(?:party|group) of " + N),
          Pattern.compile(
              "\\b" + N + "\\s*(?:people|persons?|guests|adults|pax|diners|ppl|of us)\\b"),
          Pattern.compile(
              "\\b(?:table|reservation|booking|seats?|room|space) for " + N + NOT_TIME),
          Pattern.compile(
              "\\b(?:we are|we're|we will be|we'll be|there are|there will be|there'll be) "
                  + N
                  + NOT_TIME),
          Pattern.compile("\\bfor " + N + NOT_TIME));

  private static final Pattern JUST_ME = Pattern.compile("\\b(?:just|only) (?:me|myself)\\b");

  // When the assistant just asked "how many people?", a message that starts with a number is it.
  private static final Pattern BARE =
      Pattern.compile("^\\s*(?:about |around |maybe |just )?" + N + NOT_TIME);

  private PartySizeFinder() {}

  static Span<Integer> find(String text, boolean expectingPartySize) {
    if (expectingPartySize) {
      Span<Integer> bare = first(BARE, text);
      if (bare != null) {
        return bare;
      }
    }
    for (Pattern pattern : PATTERNS) {
      Span<Integer> found = first(pattern, text);
      if (found != null) {
        return found;
      }
    }
    Matcher me = JUST_ME.matcher(text);
    return me.find() ? new Span<>(1, me.start(), me.end()) : null;
  }

  private static Span<Integer> first(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      int size = Integer.parseInt(matcher.group(1));
      if (size > 0) {
        return new Span<>(size, matcher.start(), matcher.end());
      }
    }
    return null;
  }
}
