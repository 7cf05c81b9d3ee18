package ai.xseven.guardrail;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the cheap disguises attackers use so the signal patterns see plain words: compatibility
 * forms (full-width, ligatures), invisible characters, Cyrillic and Greek look-alikes, accents,
 * leetspeak and letters spaced out one by one. The result is for matching only, never shown.
 */
final class TextNormaliser {

  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u034F\\u115F\\u1160\\u3164]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}@$]+");
  // Numbers people write in bookings keep their digits: 7pm, 2nd, 19h, 4pax, 10min.
  private static final Pattern MEASURE =
      Pattern.compile("\\d+(?:st|nd|rd|th|am|pm|h|hr|hrs|min|mins|ish|pax|ppl|people|persons"
          + "|guests|adults|kids|p|k|x|s|m|cm|kg|g|ml|l|eur|e)?");
  // Four or more single letters separated by one space, dot, dash or star: "i g n o r e".
  // Names of encodings and things with digits in them stay readable: "base64", "rot13", "mp3".
  private static final java.util.Set<String> TECHNICAL = java.util.Set.of("base64", "base32",
      "rot13", "utf8", "sha256", "md5", "mp3", "mp4", "4k", "5g", "4g", "3g", "2fa", "b12", "co2");
  private static final Pattern SPACED =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:[ .*_\\-]\\p{L}){3,}(?![\\p{L}\\p{N}])");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
      Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'),
      Map.entry('с', 'c'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'),
      Map.entry('ј', 'j'), Map.entry('ѕ', 's'), Map.entry('ԁ', 'd'), Map.entry('ɡ', 'g'),
      Map.entry('һ', 'h'), Map.entry('ո', 'n'), Map.entry('ս', 'u'), Map.entry('к', 'k'),
      Map.entry('м', 'm'), Map.entry('т', 't'), Map.entry('в', 'b'), Map.entry('н', 'h'),
      Map.entry('ӏ', 'l'), Map.entry('α', 'a'), Map.entry('ο', 'o'), Map.entry('ε', 'e'),
      Map.entry('ι', 'i'), Map.entry('κ', 'k'), Map.entry('ν', 'v'), Map.entry('ρ', 'p'),
      Map.entry('τ', 't'), Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('ı', 'i'));

  private static final Map<Character, Character> LEET = Map.of(
      '0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '8', 'b', '@', 'a', '$', 's');

  private TextNormaliser() {}

  static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    folded = INVISIBLE.matcher(folded).replaceAll("");
    folded = folded.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace("ß", "ss");
    folded = foldLookAlikes(folded);
    folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    folded = foldLeetspeak(folded);
    folded = joinSpacedLetters(folded);
    return SPACES.matcher(folded).replaceAll(" ").strip();
  }

  /** Only words that mix scripts are folded, so a message written wholly in Russian stays Russian. */
  private static String foldLookAlikes(String text) {
    return replaceTokens(text, token -> {
      boolean latin = token.chars().anyMatch(c -> c >= 'a' && c <= 'z');
      if (!latin) {
        return token;
      }
      StringBuilder out = new StringBuilder(token.length());
      token.chars().forEach(c -> out.append(LOOK_ALIKES.getOrDefault((char) c, (char) c)));
      return out.toString();
    });
  }

  /** Digits inside words become letters ("1gn0r3" → "ignore"); times, ordinals and amounts stay. */
  private static String foldLeetspeak(String text) {
    return replaceTokens(text, token -> {
      boolean letters = token.chars().anyMatch(Character::isLetter);
      boolean leet = token.chars().anyMatch(c -> LEET.containsKey((char) c));
      if (!letters || !leet || MEASURE.matcher(token).matches() || TECHNICAL.contains(token)) {
        return token;
      }
      StringBuilder out = new StringBuilder(token.length());
      token.chars().forEach(c -> out.append(LEET.getOrDefault((char) c, (char) c)));
      return out.toString();
    });
  }

  private static String joinSpacedLetters(String text) {
    return SPACED.matcher(text).replaceAll(run -> run.group().replaceAll("[ .*_\\-]", ""));
  }

  private static String replaceTokens(String text, java.util.function.UnaryOperator<String> fold) {
    Matcher tokens = TOKEN.matcher(text);
    return tokens.replaceAll(token -> Matcher.quoteReplacement(fold.apply(token.group())));
  }
}
