package ai.xseven.guardrail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds discounts, free items, refunds, guarantees and promises a reply makes. A negated one ("we
 * don't offer discounts", "no refunds") is not an offer; the negation must be in the same clause.
 */
final class ReplyOffers {

  private static final Map<String, Pattern> OFFERS =
      Map.of(
          "DISCOUNT", Pattern.compile("\\b\\d{1,3}\\s?(?:%|percent)\\s+(?:off|discount)"
              + "|\\bdiscount(?:s|ed)?\\b"
              + "|\\b(?:coupon|voucher|promo(?:tion(?:al)?)?\\s+code|promo)s?\\b"
              + "|\\bhalf[-\\s]price\\b|\\bbuy one,? get one\\b|\\bbogo\\b"
              + "|(?:[$€£]\\s?\\d+(?:\\.\\d{2})?|\\b\\d+\\s?(?:dollars|euros))\\s+off\\b"
              + "|\\b(?:special|reduced|lower|cheaper)\\s+price\\b"),
          // "feel free", "gluten-free", "are you free on Friday", "seats are free at 8": no gifts.
          "FREE_ITEM", Pattern.compile("(?<![-\\w])(?<!feel )(?:free|complimentary)\\s+"
              + "(?!(?:to|time"
              + "|times|slot|slots|table|tables|of|on|at|from|now|today|tomorrow|tonight|this"
              + "|that|then|if|and|or|when|while|chair|chairs|seat|seats|spot|spots)\\b)[a-z]+"
              + "|\\bon the house\\b|\\bfree of charge\\b|\\bat no (?:extra |additional )?"
              + "(?:cost|charge)\\b|\\bfor free\\b"),
          "REFUND", Pattern.compile("\\brefund(?:s|ed|able)?\\b|\\b(?:money|cash) back\\b"
              + "|\\breimburs\\w*"),
          "GUARANTEE", Pattern.compile("\\bguarantee(?:s|d)?\\b|\\bwarrant(?:y|ies)\\b"),
          "PROMISE", Pattern.compile("\\b(?:i|we) promise\\b|\\bpromised? you\\b"
              + "|\\byou have (?:my|our) word\\b"));
  // "The Tiramisu is free today" is a gift, "the 3 PM slot is free" is not: only with an item.
  private static final Pattern ITEM_IS_FREE =
      Pattern.compile("\\b(?:is|are|'s|comes?)\\s+(?:also\\s+|totally\\s+|completely\\s+)?free\\b"
          + "(?!\\s+(?:at|on|to|from|between|after|before|until|then|now)\\b)");
  private static final Pattern NEGATION =
      Pattern.compile("\\b(?:no|not|never|cannot|unable|without|unfortunately|nor)\\b|n't\\b"
          + "|\\bcant\\b"
          + "|\\bdont\\b");
  private static final Pattern CLAUSE_END = Pattern.compile("[,:;()]|\\bbut\\b");

  private ReplyOffers() {}

  static List<OfferMention> find(String reply, List<ReplySentence> sentences,
      List<ReplyCatalogNames.Named> items) {
    String wholeReply = lower(reply);
    List<OfferMention> offers = new ArrayList<>();
    for (ReplySentence sentence : sentences) {
      String lower = lower(sentence.text());
      Set<String> topics = topics(sentence, items);
      List<OfferMention> made = new ArrayList<>();
      OFFERS.forEach((kind, pattern) ->
          find(pattern, lower, match -> made.add(
              new OfferMention(kind, match, lower, topics, wholeReply))));
      if (!topics.isEmpty() && made.stream().noneMatch(offer -> offer.kind().equals("FREE_ITEM"))) {
        find(ITEM_IS_FREE, lower, match -> made.add(
            new OfferMention("FREE_ITEM", match, lower, topics, wholeReply)));
      }
      offers.addAll(made);
    }
    return offers;
  }

  private static void find(Pattern pattern, String sentence, Consumer<String> offer) {
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      if (!negated(sentence.substring(0, m.start()))) {
        offer.accept(m.group());
      }
    }
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static boolean negated(String before) {
    Matcher clauses = CLAUSE_END.matcher(before);
    int start = 0;
    while (clauses.find()) {
      start = clauses.end();
    }
    return NEGATION.matcher(before.substring(start)).find();
  }

  private static Set<String> topics(ReplySentence sentence, List<ReplyCatalogNames.Named> items) {
    Set<String> topics = new LinkedHashSet<>();
    items.stream().filter(sentence::holds).forEach(named -> {
      topics.add(named.entry().name().toLowerCase(Locale.ROOT));
      topics.add(named.entry().category().toLowerCase(Locale.ROOT));
    });
    return topics;
  }
}
