package ai.xseven.security;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** Who may act for a business: only a signed-in owner of that business. */
@Component
public class OwnerAccess {

  /**
   * @param owner who signed in for this request, or null
   * @throws org.springframework.web.ErrorResponseException 401 without an owner, 403 for an owner
   *     of another business
   */
  public Owner requireOwnerOf(Owner owner, UUID businessId) {
    if (owner == null) {
      throw OwnerAuthenticationException.missing();
    }
    if (!owner.businessId().equals(businessId)) {
      throw OwnerAuthenticationException.otherBusiness();
    }
    return owner;
  }
}
