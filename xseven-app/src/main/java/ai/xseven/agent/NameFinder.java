package ai.xseven.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the customer's name in the original message, where capital letters still tell. */
final class NameFinder {

  // After these cues whatever follows is meant as a name, even in lower case.
  private static final Pattern STRONG_CUE =
      Pattern.compile("(?i)\\b(?:my name is|my name's|the name is|name is|name's|name\\s*:)\\s*");
  // These also start "I'm looking for..." or "this is great", so only capitalised words count.
  private static final Pattern WEAK_CUE =
      Pattern.compile("(?i)\\b(?:i'm|i’m|im|i am|this is|it's|it’s|it is|under(?: the name)?)\\s+");
  private static final Pattern WORD = Pattern.compile("([\\p{L}][\\p{L}'’-]*)(?:\\s+|$|(?=\\W))");
  private static final Pattern ONLY_WORDS =
      Pattern.compile("^\\s*[\\p{L}][\\p{L}'’-]*(?:\\s+[\\p{L}][\\p{L}'’-]*){0,2}\\s*[.!]?\\s*$");

  private static final Set<String> NOT_NAMES =
      Set.of(
          "a", "an", "the", "and", "or", "but", "for", "from", "with", "at", "on", "in", "to",
          "of", "by", "here", "there", "not", "no", "yes", "yeah", "yep", "nope", "ok", "okay",
          "sure", "just", "so", "very", "really", "also", "still", "looking", "trying", "calling",
          "wondering", "hoping", "going", "planning", "thinking", "interested", "available",
          "free", "fine", "good", "great", "well", "happy", "glad", "sorry", "ready", "new",
          "back", "done", "late", "early", "hungry", "busy", "booking", "book", "reserve",
          "reservation", "table", "appointment", "please", "thanks", "thank", "hi", "hello",
          "hey", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "june", "july", "august", "september",
          "october", "november", "december", "me", "my", "you", "your", "we", "our", "us", "i",
          "it", "this", "that", "what", "when", "where", "why", "how", "who", "is", "are", "am",
          "be", "will", "would", "like", "want", "need", "can", "could", "correct", "right",
          "wrong", "about", "around", "coming", "after", "before", "cancel", "confirm", "menu",
          "name", "people", "guests", "party", "time", "date", "maybe", "actually", "perfect",
          "fully", "bye", "goodbye", "none", "nothing", "all", "alone", "myself", "im");

  private NameFinder() {}

  static Span<String> find(String text, boolean expectingName) {
    for (Pattern cue : List.of(STRONG_CUE, WEAK_CUE)) {
      Matcher m = cue.matcher(text);
      while (m.find()) {
        Span<String> name =
            wordsFrom(text, m.start(), m.end(), cue == STRONG_CUE || expectingName);
        if (name != null) {
          return name;
        }
      }
    }
    if (expectingName && ONLY_WORDS.matcher(text).matches()) {
      int first = text.length() - text.stripLeading().length();
      return wordsFrom(text, first, first, true);
    }
    return null;
  }

  /** Up to three name words from {@code position}; null when the first is not a name. */
  private static Span<String> wordsFrom(
      String text, int spanStart, int position, boolean lowerCaseAllowed) {
    Matcher word = WORD.matcher(text);
    int end = position;
    List<String> words = new ArrayList<>();
    while (words.size() < 3 && word.region(position, text.length()).lookingAt()) {
      String candidate = word.group(1);
      boolean capitalised = Character.isUpperCase(candidate.charAt(0));
      if (NOT_NAMES.contains(candidate.toLowerCase(Locale.ROOT).replace('’', '\''))
          || !(capitalised || lowerCaseAllowed)) {
        break;
      }
      words.add(capitalise(candidate));
      end = word.start(1) + candidate.length();
      position = word.end();
    }
    return words.isEmpty() ? null : new Span<>(String.join(" ", words), spanStart, end);
  }

  /** "ana" and "ANA" become "Ana"; "McKay" stays; each part of "o'brien-smith" is capitalised. */
  static String capitalise(String word) {
    boolean mixed = !word.equals(word.toLowerCase(Locale.ROOT))
        && !word.equals(word.toUpperCase(Locale.ROOT));
    if (mixed) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    boolean startOfPart = true;
    for (char c : word.toCharArray()) {
      out.append(startOfPart ? Character.toUpperCase(c) : Character.toLowerCase(c));
      startOfPart = c == '-' || c == '\'' || c == '’';
    }
    return out.toString();
  }
}
