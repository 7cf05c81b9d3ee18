package ai.xseven.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in studio user of the current request, and the one rule every studio screen applies:
 * an owner sees only their own business.
 */
@Component
public class StudioSession {

  private final StudioAccounts accounts;

  StudioSession(StudioAccounts accounts) {
    this.accounts = accounts;
  }

  public Optional<StudioAccount> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return accounts.find(authentication.getName());
  }

  public StudioAccount require() {
    return current().orElseThrow(() -> new AccessDeniedException("Sign in to the studio first."));
  }

  /** The owner's business, or empty for an admin or analyst, who see every business. */
  public Optional<UUID> ownBusiness() {
    StudioAccount account = require();
    return account.role() == StudioRole.OWNER ? Optional.of(account.businessId()) : Optional.empty();
  }

  public boolean maySee(UUID businessId) {
    return ownBusiness().map(own -> own.equals(businessId)).orElse(true);
  }

  /** @throws AccessDeniedException when an owner asks for another business */
  public void requireMaySee(UUID businessId) {
    if (!maySee(businessId)) {
      throw new AccessDeniedException("This business belongs to another owner.");
    }
  }
}
