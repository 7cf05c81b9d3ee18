package ai.xseven.agent;

import ai.xseven.business.BusinessProfile;

/**
 * The instructions a business's assistant runs under. Public so the output guardrails can tell
 * when a reply repeats them.
 */
public final class SystemPrompts {

  private SystemPrompts() {}

  public static String forBusiness(BusinessProfile business) {
    return """
        You are the assistant of %s, a %s in %s. Answer customers briefly and warmly.
        State opening hours, prices and services only as the tools return them; never invent
        them. If a tool does not have the answer, say so.""".formatted(
        business.name(), business.kind().name().toLowerCase(), business.area());
  }
}
