package ai.xseven.conversation;

import ai.xseven.business.BusinessService;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a business owner must act on, newest first. */
@RestController
class OwnerNotificationController {

  private final OwnerNotificationRepository notifications;
  private final BusinessService businesses;

  OwnerNotificationController(OwnerNotificationRepository notifications,
      BusinessService businesses) {
    this.notifications = notifications;
    this.businesses = businesses;
  }

  @GetMapping("/api/v1/businesses/{businessId}/notifications")
  @Transactional(readOnly = true)
  List<OwnerNotificationView> list(@PathVariable UUID businessId) {
    businesses.find(businessId)
        .orElseThrow(() -> ConversationException.businessNotFound(businessId));
    return notifications.findByBusinessIdOrderByCreatedAtDesc(businessId).stream()
        .map(OwnerNotification::toView)
        .toList();
  }
}
