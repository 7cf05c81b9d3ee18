package ai.xseven.security;

import ai.xseven.business.BusinessOwners;
import ai.xseven.business.MenuChanged;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Owner sign-in for the business feature's owner endpoints, and their audit trail. */
@Component
class OwnerGate implements BusinessOwners {

  private final OwnerTokens tokens;
  private final OwnerAccess access;
  private final AuditLog audit;

  OwnerGate(OwnerTokens tokens, OwnerAccess access, AuditLog audit) {
    this.tokens = tokens;
    this.access = access;
    this.audit = audit;
  }

  @Override
  public String requireOwner(String authorization, UUID businessId) {
    return access.requireOwnerOf(tokens.fromAuthorization(authorization), businessId).actor();
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void onMenuChanged(MenuChanged change) {
    audit.record(change.actor(), change.action(), change.subject(), change.detail());
  }
}
