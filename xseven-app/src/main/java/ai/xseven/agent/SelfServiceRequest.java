package ai.xseven.agent;

import ai.xseven.business.BusinessProfile;
import ai.xseven.sdk.PluginResult;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One turn of a self-service request: whose conversation, at which business, what the customer
 * said and what was asked before.
 *
 * @param conversation the conversation's id; only its own bookings and orders are reachable
 * @param intent the classifier's intent name of this message ({@code affirm}, {@code reschedule},
 *     …)
 * @param managing whether the conversation was in the {@code managing} stage: a request waited
 *     for this message
 * @param heard the day and time the message names, if any
 */
record SelfServiceRequest(
    BusinessProfile business,
    UUID conversation,
    String message,
    String intent,
    boolean managing,
    SelfServiceDraft draft,
    BookingDetails heard) {

  boolean saysYes() {
    return "affirm".equals(intent);
  }

  /**
   * A one-message answer: it ends a waiting request, and otherwise leaves the stage alone (a
   * booking being collected continues after "where is my order?").
   */
  PluginResult answer(String reply) {
    return managing ? done(reply) : PluginResult.reply(reply);
  }

  /** The workflow service could not be reached: nothing was changed, the request is dropped. */
  static PluginResult unreachable() {
    return done("I can't reach the booking system just now, so nothing was changed; please try"
        + " again in a moment.");
  }

  /** A reply that ends the request. */
  static PluginResult done(String reply) {
    return SelfServiceDraft.done(PluginResult.builder()).reply(reply).build();
  }

  /** A reply that asks something and keeps {@code draft} for the answer. */
  static PluginResult ask(SelfServiceDraft draft, String question) {
    return draft.ask(PluginResult.builder()).reply(question).build();
  }

  /** "Which one do you mean? 1. … 2. …", remembering what {@code draft} holds. */
  static <T> PluginResult askWhich(SelfServiceDraft draft, List<T> items,
      Function<T, String> describe) {
    String list = IntStream.range(0, items.size())
        .mapToObj(i -> (i + 1) + ". " + describe.apply(items.get(i)))
        .collect(Collectors.joining("\n"));
    return ask(draft.awaiting(SelfServiceDraft.WHICH), "Which one do you mean?\n" + list);
  }
}
