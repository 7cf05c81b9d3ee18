package ai.xseven.guardrail;

import ai.xseven.business.BusinessDetails;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.CatalogEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns a reply into the facts the output guardrails judge: what it states (prices, times, offers,
 * contact details, words shared with the instructions) beside what is true (catalog prices, opening
 * windows). Regular expressions only, so it can run on every reply.
 */
@Component
class ReplyInspector {

  List<Object> facts(String reply, ReplyContext context) {
    BusinessDetails business = context.business();
    if (business == null) {
      return withoutBusiness(reply, context);
    }
    List<ReplySentence> sentences = ReplySentence.split(reply);
    List<ReplyCatalogNames.Named> items = new ReplyCatalogNames(business.catalog()).find(reply);
    List<Object> facts = new ArrayList<>();
    facts.add(new OutboundReply(reply));
    for (CatalogEntry entry : business.catalog()) {
      facts.add(new CatalogPrice(entry.name(), entry.priceCents(), entry.currency(),
          entry.formattedPrice()));
    }
    business.openingHours().forEach(period ->
        facts.add(new OpeningWindow(period.dayOfWeek(), period.opens(), period.closes())));
    facts.addAll(ReplyPrices.find(reply, sentences, items));
    facts.addAll(ReplyTimes.find(reply, sentences));
    facts.addAll(ReplyOffers.find(reply, sentences, items));
    BusinessProfile profile = business.profile();
    facts.add(ReplyLeaks.overlap(reply, context.systemPrompt(), ReplyLeaks.wordsOf(profile.name(),
        profile.kind() == null ? null : profile.kind().name(), profile.area())));
    facts.addAll(ReplyLeaks.instructionTalk(reply));
    facts.addAll(ReplyContacts.find(reply, profile.phone(), context.customerTexts()));
    facts.addAll(documented(business, context.documents()));
    return facts;
  }

  /** The prices and offers the business's own documents state, read the way replies are read. */
  private static Set<Object> documented(BusinessDetails business, List<String> documents) {
    Set<Object> facts = new LinkedHashSet<>();
    ReplyCatalogNames names = new ReplyCatalogNames(business.catalog());
    for (String document : documents) {
      List<ReplySentence> sentences = ReplySentence.split(document);
      List<ReplyCatalogNames.Named> items = names.find(document);
      ReplyPrices.find(document, sentences, items).forEach(price ->
          facts.add(new DocumentedFigure(price.amountCents(), price.currency())));
      ReplyOffers.find(document, sentences, items).forEach(offer ->
          facts.add(new DocumentedOffer(offer.kind(), offer.phrase())));
    }
    return facts;
  }

  /** A reply on a channel that speaks for no single business: only leaks can be judged. */
  private static List<Object> withoutBusiness(String reply, ReplyContext context) {
    List<Object> facts = new ArrayList<>();
    facts.add(new OutboundReply(reply));
    facts.addAll(ReplyLeaks.instructionTalk(reply));
    facts.addAll(ReplyContacts.find(reply, null, context.customerTexts()));
    return facts;
  }
}
