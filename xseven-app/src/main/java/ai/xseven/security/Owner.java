package ai.xseven.security;

import java.util.UUID;

/**
 * Someone who signed in with an owner token: they act for one business.
 *
 * @param tokenId which token they used, so the audit trail can tell two tokens apart
 * @param label the token's name, e.g. {@code demo}
 */
public record Owner(UUID tokenId, UUID businessId, String label) {

  /** How the audit log names them: {@code owner:<businessId>/<label>}. */
  public String actor() {
    return "owner:" + businessId + "/" + label;
  }
}
