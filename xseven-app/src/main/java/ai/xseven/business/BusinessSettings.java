package ai.xseven.business;

import ai.xseven.business.WorkflowSettingsBody.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the studio changes about a business, in the name of a signed-in studio user: the catalog
 * and the opening hours (under the menu-change policy, as over the owner API), the capacity, the
 * workflow settings and the widget's settings. Every change is audited, as the owner API's are
 * ({@link MenuChanged}). Who may change which business is the studio's check; this class trusts
 * its {@code actor}.
 */
@Service
@Transactional(noRollbackFor = {ChangeRefusedException.class, NotFoundException.class,
    IllegalArgumentException.class})
public class BusinessSettings {

  static final int MAX_CAPACITY = 1000;
  public static final int MAX_CONVERSATION_TTL_HOURS = 30 * 24;

  private final BusinessRepository businesses;
  private final CatalogItemRepository catalog;
  private final MenuChanges menu;
  private final NotificationChannelNames channels;
  private final ApplicationEventPublisher events;

  BusinessSettings(BusinessRepository businesses, CatalogItemRepository catalog, MenuChanges menu,
      NotificationChannelNames channels, ApplicationEventPublisher events) {
    this.businesses = businesses;
    this.catalog = catalog;
    this.menu = menu;
    this.channels = channels;
    this.events = events;
  }

  /**
   * Adds an item at the end of the catalog; its price must pass the menu-change policy as a
   * change from nothing.
   *
   * @throws IllegalArgumentException for a missing name or category, or a wrong duration
   * @throws ChangeRefusedException with the policy's reasons about the price
   */
  public CatalogEntry addItem(UUID businessId, CatalogItemDraft draft, String actor) {
    Business business = business(businessId);
    check(business, draft);
    menu.checkNewPrice(businessId, draft.name().strip(), draft.priceCents());
    int position = catalog.findByBusinessIdOrderByPosition(businessId).stream()
        .mapToInt(item -> item.position).max().orElse(0) + 1;
    CatalogItem item = catalog.save(new CatalogItem(businessId, position, draft.category().strip(),
        draft.name().strip(), description(draft), draft.priceCents(), draft.durationMinutes()));
    audit(actor, "menu.item-added", "catalog_item:" + item.id,
        item.name + " at " + Money.format(item.priceCents, item.currency));
    return item.toEntry();
  }

  /**
   * Replaces an item's name, category, description, duration and price; a new price goes
   * through the menu-change policy like any price change.
   *
   * @throws NotFoundException for an item the business does not list
   * @throws IllegalArgumentException for a missing name or category, or a wrong duration
   * @throws ChangeRefusedException with the policy's reasons about the price
   */
  public CatalogEntry editItem(UUID businessId, UUID itemId, CatalogItemDraft draft,
      String actor) {
    check(business(businessId), draft);
    CatalogItem item = catalog.findById(itemId)
        .filter(found -> found.businessId.equals(businessId) && found.available)
        .orElseThrow(() -> NotFoundException.catalogItem(businessId, itemId));
    String before = item.name + " " + Money.format(item.priceCents, item.currency);
    if (item.priceCents != draft.priceCents()) {
      menu.changePrice(businessId, itemId, draft.priceCents());
    }
    item.category = draft.category().strip();
    item.name = draft.name().strip();
    item.description = description(draft);
    item.durationMinutes = draft.durationMinutes();
    audit(actor, "menu.item-changed", "catalog_item:" + itemId,
        before + " → " + item.name + " " + Money.format(item.priceCents, item.currency));
    return item.toEntry();
  }

  /**
   * Takes the item off the catalog, unless open orders include it (the policy decides).
   *
   * @throws ChangeRefusedException with the policy's reasons
   */
  public void removeItem(UUID businessId, UUID itemId, String actor) {
    menu.remove(businessId, itemId);
    audit(actor, "menu.item-removed", "catalog_item:" + itemId, null);
  }

  /**
   * The whole week; the policy refuses periods that close before they open or overlap.
   *
   * @throws ChangeRefusedException with the policy's reasons
   */
  public List<OpeningPeriod> replaceOpeningHours(UUID businessId, List<OpeningPeriod> week,
      String actor) {
    List<OpeningPeriod> saved = menu.replaceOpeningHours(businessId, week);
    audit(actor, "menu.hours-replaced", "business:" + businessId,
        saved.isEmpty() ? "closed every day" : OpeningPeriod.describe(saved));
    return saved;
  }

  /**
   * @param capacity seats for a restaurant, chairs for a salon
   * @param slotMinutes how long a table is held, or the default length of an appointment
   * @throws IllegalArgumentException for a value out of range
   */
  public BusinessProfile changeCapacity(UUID businessId, int capacity, int slotMinutes,
      String actor) {
    Business business = business(businessId);
    List<String> problems = new ArrayList<>();
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      problems.add("Capacity must be between 1 and " + MAX_CAPACITY + ", not " + capacity + ".");
    }
    if (slotMinutes < 5 || slotMinutes > 24 * 60) {
      problems.add("A slot lasts 5 to 1440 minutes, not " + slotMinutes + ".");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    business.capacity = capacity;
    business.slotMinutes = slotMinutes;
    audit(actor, "business.capacity-changed", "business:" + businessId,
        "capacity " + capacity + ", slots of " + slotMinutes + " minutes");
    return business.toProfile();
  }

  /** The notification channels a business may choose from in this installation. */
  @Transactional(readOnly = true)
  public Set<String> notificationChannels() {
    return channels.installed();
  }

  /**
   * Replaces the workflow settings when every field is right (workflows started from now on use
   * them), and otherwise changes nothing.
   *
   * @return what is wrong, field by field (e.g. {@code reminderOffsets[1]}); empty when saved
   */
  public List<FieldError> changeWorkflowSettings(UUID businessId, WorkflowSettingsBody settings,
      String actor) {
    Business business = business(businessId);
    List<FieldError> errors = settings.errors(channels.installed());
    if (!errors.isEmpty()) {
      return errors;
    }
    business.apply(settings.toSettings());
    WorkflowSettingsBody saved = WorkflowSettingsBody.of(business.workflowSettings());
    audit(actor, "workflow-settings.changed", "business:" + businessId, "reminders "
        + saved.reminderOffsets() + ", channels " + saved.notificationChannels());
    return List.of();
  }

  /** The widget's settings; a business that has no key yet gets one now. */
  public WidgetSettings widget(UUID businessId) {
    Business business = business(businessId);
    if (business.widgetKey == null) {
      business.widgetKey = WidgetKeys.generate();
    }
    return widgetOf(business);
  }

  /** A new random key; the old one stops being the business's at once. */
  public WidgetSettings regenerateWidgetKey(UUID businessId, String actor) {
    Business business = business(businessId);
    business.widgetKey = WidgetKeys.generate();
    audit(actor, "widget.key-regenerated", "business:" + businessId, null);
    return widgetOf(business);
  }

  /**
   * @param typed origins one per line or comma-separated, e.g. {@code https://example.com}
   * @throws IllegalArgumentException naming each entry that is not an origin
   */
  public WidgetSettings changeAllowedOrigins(UUID businessId, String typed, String actor) {
    Business business = business(businessId);
    List<String> origins = WidgetOrigins.parse(typed);
    business.widgetOrigins = String.join(",", origins);
    audit(actor, "widget.origins-changed", "business:" + businessId,
        origins.isEmpty() ? "none" : String.join(", ", origins));
    return widgetOf(business);
  }

  /** Hours the widget keeps a customer's conversation id in the browser. */
  @Transactional(readOnly = true)
  public int conversationTtlHours(UUID businessId) {
    return business(businessId).conversationTtlHours;
  }

  /**
   * How long the widget keeps a customer's conversation id in the browser; a later visit starts
   * a new conversation.
   *
   * @throws IllegalArgumentException outside 1 hour to 30 days
   */
  public int changeConversationTtl(UUID businessId, int hours, String actor) {
    Business business = business(businessId);
    if (hours < 1 || hours > MAX_CONVERSATION_TTL_HOURS) {
      throw new IllegalArgumentException("A conversation is kept for 1 to "
          + MAX_CONVERSATION_TTL_HOURS + " hours (30 days), not " + hours + ".");
    }
    business.conversationTtlHours = hours;
    audit(actor, "widget.conversation-ttl-changed", "business:" + businessId, hours + " hours");
    return hours;
  }

  private static WidgetSettings widgetOf(Business business) {
    return new WidgetSettings(business.widgetKey,
        WorkflowSettings.parseList(business.widgetOrigins));
  }

  private static void check(Business business, CatalogItemDraft draft) {
    List<String> problems = new ArrayList<>();
    if (draft.name() == null || draft.name().isBlank() || draft.name().strip().length() > 200) {
      problems.add("An item needs a name of 1 to 200 characters.");
    }
    if (draft.category() == null || draft.category().isBlank()
        || draft.category().strip().length() > 80) {
      problems.add("An item needs a category of 1 to 80 characters, e.g. Pizza or Nails.");
    }
    if (draft.description() != null && draft.description().strip().length() > 1000) {
      problems.add("A description has at most 1000 characters.");
    }
    Integer minutes = draft.durationMinutes();
    if (business.kind == BusinessKind.SALON && (minutes == null || minutes < 5 || minutes > 480)) {
      problems.add("A salon service takes 5 to 480 minutes: give its duration.");
    }
    if (business.kind != BusinessKind.SALON && minutes != null) {
      problems.add("Only a salon's services have a duration.");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
  }

  private static String description(CatalogItemDraft draft) {
    return draft.description() == null ? "" : draft.description().strip();
  }

  private void audit(String actor, String action, String subject, String detail) {
    events.publishEvent(new MenuChanged(actor, action, subject, detail));
  }

  private Business business(UUID id) {
    return businesses.findById(id).orElseThrow(() -> NotFoundException.business(id));
  }
}
