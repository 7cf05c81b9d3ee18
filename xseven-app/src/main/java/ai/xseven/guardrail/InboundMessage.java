package ai.xseven.guardrail;

import java.util.Set;

/**
 * The customer message as the input guardrails see it: the text plus everything the detectors
 * measured before the rules run, so rules only compare numbers and look up signals.
 *
 * @param normalised lower case, folded look-alikes and leetspeak, spaced-out letters joined
 * @param signals named patterns found, e.g. {@code instruction-override}, {@code human-requested}
 * @param attackSimilarity highest cosine similarity to a known attack example (0..1)
 * @param nearestAttack the attack example that was nearest, for audit
 * @param offTopicSimilarity highest cosine similarity to an off-topic example
 * @param onTopicSimilarity highest cosine similarity to an ordinary customer question
 * @param personalData kinds of valid personal data found: CARD, EMAIL, PHONE, IBAN
 * @param abusiveTerms how many insults or slurs the message contains
 */
public record InboundMessage(
    String text,
    String normalised,
    String channel,
    String businessKind,
    String businessName,
    int length,
    Set<String> signals,
    double attackSimilarity,
    String nearestAttack,
    double offTopicSimilarity,
    Set<String> personalData,
    int abusiveTerms,
    double onTopicSimilarity) {

  public InboundMessage {
    signals = Set.copyOf(signals);
    personalData = Set.copyOf(personalData);
  }
}
