package ai.xseven.business;

import java.util.UUID;

/**
 * Who may change a business: implemented by the security feature, so that this feature needs no
 * knowledge of how owners sign in.
 */
public interface BusinessOwners {

  /**
   * The audit name of the owner of {@code businessId} who sent {@code authorization} (the HTTP
   * header); a 401 or 403 problem for anyone else.
   */
  String requireOwner(String authorization, UUID businessId);
}
