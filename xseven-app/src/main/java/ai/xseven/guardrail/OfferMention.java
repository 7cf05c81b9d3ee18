package ai.xseven.guardrail;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Something the reply offers beyond the catalog: a discount, a free item, a refund, a guarantee or
 * a promise.
 *
 * @param kind DISCOUNT, FREE_ITEM, REFUND, GUARANTEE or PROMISE
 * @param phrase the words that make the offer
 * @param sentence the sentence it is made in, lower case
 * @param topics catalog items and their categories named in that sentence, lower case
 * @param reply the whole reply, lower case: an occasion is often named in another sentence
 *     ("Happy birthday! The Tiramisu is on the house.")
 */
public record OfferMention(
    String kind, String phrase, String sentence, Set<String> topics, String reply) {

  public OfferMention {
    topics = Set.copyOf(topics);
  }

  /** The offer is about {@code word}: the sentence says it, or names a catalog item of it. */
  public boolean concerns(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return topics.contains(lower) || says(sentence, lower);
  }

  /** The reply names {@code word} anywhere, e.g. the occasion of the offer. */
  public boolean mentionedWith(String word) {
    return says(reply, word.toLowerCase(Locale.ROOT));
  }

  private static boolean says(String text, String word) {
    return Pattern.compile("\\b" + Pattern.quote(word) + "s?\\b").matcher(text).find();
  }

  /** "a discount", for feedback. */
  public String describe() {
    return switch (kind) {
      case "DISCOUNT" -> "a discount";
      case "FREE_ITEM" -> "something for free";
      case "REFUND" -> "a refund";
      case "GUARANTEE" -> "a guarantee";
      default -> "a promise";
    };
  }
}
