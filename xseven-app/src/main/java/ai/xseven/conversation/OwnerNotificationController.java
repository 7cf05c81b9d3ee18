package ai.xseven.conversation;

import ai.xseven.business.BusinessService;
import ai.xseven.security.Owner;
import ai.xseven.security.StaffAccess;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a business owner must act on, newest first; for the business's staff only. */
@RestController
class OwnerNotificationController {

  private final OwnerNotificationRepository notifications;
  private final BusinessService businesses;
  private final StaffAccess staff;

  OwnerNotificationController(OwnerNotificationRepository notifications,
      BusinessService businesses, StaffAccess staff) {
    this.notifications = notifications;
    this.businesses = businesses;
    this.staff = staff;
  }

  @GetMapping("/api/v1/businesses/{businessId}/notifications")
  @Transactional(readOnly = true)
  List<OwnerNotificationView> list(@PathVariable UUID businessId, Owner owner) {
    businesses.find(businessId)
        .orElseThrow(() -> ConversationException.businessNotFound(businessId));
    staff.requireStaffOf(owner, businessId);
    return notifications.findByBusinessIdOrderByCreatedAtDesc(businessId).stream()
        .map(OwnerNotification::toView)
        .toList();
  }
}
