package ai.xseven.agent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Lower-case word tokens without filler, for matching what a customer typed to catalog names. */
final class Tokens {

  private static final Set<String> FILLER =
      Set.of("a", "an", "the", "and", "or", "of", "for", "s", "is", "it", "how", "much", "what",
          "do", "you", "i", "me", "my", "your", "to", "can", "get", "cost", "price", "does", "with");

  private Tokens() {}

  static Set<String> of(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(word -> word.length() > 1 && !FILLER.contains(word))
        .map(Tokens::singular)
        .collect(Collectors.toSet());
  }

  private static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
        ? word.substring(0, word.length() - 1)
        : word;
  }
}
