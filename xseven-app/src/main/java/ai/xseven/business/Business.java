package ai.xseven.business;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

@Entity
class Business {

  @Id UUID id;
  String slug;
  String name;

  @Enumerated(EnumType.STRING)
  BusinessKind kind;

  String description;
  String area;
  String address;
  String phone;
  String timeZone;

  /** Seats for a restaurant, chairs (parallel appointments) for a salon. */
  int capacity;

  /** How long a table is held, or the default length of an appointment. */
  int slotMinutes;

  /** How far ahead a booking must be made. */
  int minLeadMinutes;

  /** What the business lets its assistant spend on LLM calls per calendar month; null: no limit. */
  Long monthlyBudgetCents;

  Instant createdAt;

  // What its workflows do; the defaults are the columns' defaults (V8).
  String reminderOffsets = "PT24H,PT1H";
  int checkInOpensMinutes = 30;
  int noShowAfterMinutes = 15;
  int followUpAfterMinutes = 120;
  int orderAcceptTimeoutMinutes = 10;
  int orderPrepareMinutes = 30;
  int orderPickupMinutes = 60;
  String notificationChannels = "conversation";

  // The widget's settings (V10): its key, and the page origins allowed to embed it.
  String widgetKey;
  String widgetOrigins = "";

  /** How long the widget keeps a customer's conversation id in the browser (V12). */
  int conversationTtlHours = 24;

  protected Business() {}

  Business(String slug, String name, BusinessKind kind) {
    this.id = UUID.randomUUID();
    this.slug = slug;
    this.name = name;
    this.kind = kind;
    this.createdAt = Instant.now();
    this.widgetKey = WidgetKeys.generate();
  }

  ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  WorkflowSettings workflowSettings() {
    return new WorkflowSettings(WorkflowSettings.parseOffsets(reminderOffsets),
        checkInOpensMinutes, noShowAfterMinutes, followUpAfterMinutes, orderAcceptTimeoutMinutes,
        orderPrepareMinutes, orderPickupMinutes, WorkflowSettings.parseList(notificationChannels));
  }

  void apply(WorkflowSettings settings) {
    reminderOffsets = WorkflowSettings.formatOffsets(settings.reminderOffsets());
    checkInOpensMinutes = settings.checkInOpensMinutes();
    noShowAfterMinutes = settings.noShowAfterMinutes();
    followUpAfterMinutes = settings.followUpAfterMinutes();
    orderAcceptTimeoutMinutes = settings.orderAcceptTimeoutMinutes();
    orderPrepareMinutes = settings.orderPrepareMinutes();
    orderPickupMinutes = settings.orderPickupMinutes();
    notificationChannels = String.join(",", settings.notificationChannels());
  }

  BusinessProfile toProfile() {
    return new BusinessProfile(
        id, slug, name, kind, description, area, address, phone, zone(), capacity, slotMinutes);
  }
}
