package ai.xseven.agent;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How one kind of agent works, loaded from {@code agents/<name>.yaml} by {@link AgentProfiles}: who
 * it talks to, its instructions, the tools it may use, how much of the conversation it remembers
 * and which model tier it prefers.
 *
 * @param audience {@code customer} or {@code owner}; an owner profile is the only kind that may
 *     list owner tools, and the tools themselves check the conversation's channel again
 * @param channels the channels it is the default agent for (empty: any)
 * @param businessKinds the kinds of business it is the default agent for (empty: any)
 * @param needsBusiness false for the global chat, which talks for no single business
 * @param systemPrompt a template: {@code {name}}, {@code {kind}}, {@code {area}} of the business
 * @param route {@code auto}, {@code small} or {@code large}: a hint for the model-routing rules
 * @param outputSchema the structured answer it gives by default (see {@link OutputSchemas}), or null
 */
record AgentProfile(
    String name,
    String description,
    Audience audience,
    Set<String> channels,
    Set<BusinessKind> businessKinds,
    boolean needsBusiness,
    String systemPrompt,
    List<String> tools,
    int memoryWindow,
    String route,
    String outputSchema) {

  enum Audience {
    CUSTOMER,
    OWNER
  }

  static final Set<String> ROUTES = Set.of("auto", "small", "large");

  /** The instructions for a conversation with {@code business} (null in the global chat). */
  String prompt(BusinessProfile business) {
    String text = systemPrompt.strip();
    if (business != null) {
      text = text.replace("{name}", business.name())
          .replace("{kind}", business.kind().name().toLowerCase(Locale.ROOT))
          .replace("{area}", business.area());
    }
    return text;
  }

  /** How specific its default claim is: a profile for one channel and kind beats a catch-all. */
  int specificity() {
    return (channels.isEmpty() ? 0 : 1) + (businessKinds.isEmpty() ? 0 : 1);
  }

  boolean isDefaultFor(String channel, BusinessProfile business) {
    if (!channels.isEmpty() && !channels.contains(channel)) {
      return false;
    }
    if (business == null) {
      return !needsBusiness;
    }
    return needsBusiness && (businessKinds.isEmpty() || businessKinds.contains(business.kind()));
  }
}
