package ai.xseven.guardrail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence or list line of a reply, by its offsets. Values (prices, times) are tied to the
 * labels (items, weekdays) of their own sentence only.
 */
record ReplySentence(int start, int end, String text) {

  // A full stop ends a sentence only before white space, so "12.50" and "p.m." stay whole.
  private static final Pattern BOUNDARY =
      Pattern.compile("(?<=[.!?;])(?<![ap]\\.m\\.)\\s+|\\s*[\\n•]+\\s*", Pattern.CASE_INSENSITIVE);

  static List<ReplySentence> split(String text) {
    List<ReplySentence> sentences = new ArrayList<>();
    Matcher boundary = BOUNDARY.matcher(text);
    int start = 0;
    while (boundary.find()) {
      add(sentences, text, start, boundary.start());
      start = boundary.end();
    }
    add(sentences, text, start, text.length());
    return sentences;
  }

  boolean holds(Located located) {
    return located.start() >= start && located.end() <= end;
  }

  private static void add(List<ReplySentence> sentences, String text, int start, int end) {
    if (end > start) {
      sentences.add(new ReplySentence(start, end, text.substring(start, end)));
    }
  }

  /** Anything found at a place in the reply. */
  interface Located {
    int start();

    int end();
  }
}
