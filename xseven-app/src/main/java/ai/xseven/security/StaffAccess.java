package ai.xseven.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may act as a business's staff over the HTTP API (answer a handed-over conversation, hand it
 * back, read the owner's notifications): the business's owner with their bearer token, or a
 * studio account that may see the business, signed in with HTTP Basic.
 */
@Component
public class StaffAccess {

  private final OwnerAccess owners;
  private final StudioSession studio;

  StaffAccess(OwnerAccess owners, StudioSession studio) {
    this.owners = owners;
    this.studio = studio;
  }

  /**
   * @return who acts, for the audit trail: {@link Owner#actor()} or {@code studio:<username>}
   * @throws OwnerAuthenticationException 401 without credentials, 403 for another business
   */
  public String requireStaffOf(Owner owner, UUID businessId) {
    if (owner != null) {
      owners.requireOwnerOf(owner, businessId);
      return owner.actor();
    }
    Optional<StudioAccount> account = studio.current();
    if (account.isEmpty()) {
      throw OwnerAuthenticationException.staffMissing();
    }
    if (!studio.maySee(businessId)) {
      throw OwnerAuthenticationException.otherBusiness();
    }
    return "studio:" + account.get().username();
  }
}
