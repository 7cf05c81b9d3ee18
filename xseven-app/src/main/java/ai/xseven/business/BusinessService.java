package ai.xseven.business;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to businesses, their catalog and their opening hours. */
@Service
@Transactional(readOnly = true)
public class BusinessService {

  private final BusinessRepository businesses;
  private final CatalogItemRepository catalog;
  private final OpeningHoursRepository hours;

  BusinessService(BusinessRepository businesses, CatalogItemRepository catalog,
      OpeningHoursRepository hours) {
    this.businesses = businesses;
    this.catalog = catalog;
    this.hours = hours;
  }

  public List<BusinessProfile> list() {
    return businesses.findAllByOrderByName().stream().map(Business::toProfile).toList();
  }

  public Optional<BusinessProfile> find(UUID id) {
    return businesses.findById(id).map(Business::toProfile);
  }

  /** A business by its slug ({@code marios-italian}) or its id, as a widget snippet names it. */
  public Optional<BusinessProfile> findBySlugOrId(String slugOrId) {
    if (slugOrId == null || slugOrId.isBlank()) {
      return Optional.empty();
    }
    String wanted = slugOrId.strip();
    try {
      return find(UUID.fromString(wanted));
    } catch (IllegalArgumentException notAnId) {
      return businesses.findBySlug(wanted).map(Business::toProfile);
    }
  }

  /** How many hours the widget keeps a conversation id; empty for an unknown business. */
  public Optional<Integer> conversationTtlHours(UUID id) {
    return businesses.findById(id).map(business -> business.conversationTtlHours);
  }

  /** The monthly LLM budget in US cents; empty when the business set no limit (or is unknown). */
  public Optional<Long> monthlyBudgetCents(UUID id) {
    return businesses.findById(id).map(business -> business.monthlyBudgetCents);
  }

  /** What the business's appointment and order workflows do; empty for an unknown business. */
  public Optional<WorkflowSettings> workflowSettings(UUID id) {
    return businesses.findById(id).map(Business::workflowSettings);
  }

  /**
   * Replaces what the business's workflows do; workflows started from now on use it.
   *
   * @throws NotFoundException for an unknown business
   */
  @Transactional
  public WorkflowSettings changeWorkflowSettings(UUID id, WorkflowSettings settings) {
    Business business = businesses.findById(id).orElseThrow(() -> NotFoundException.business(id));
    business.apply(settings);
    return business.workflowSettings();
  }

  public Optional<BusinessDetails> details(UUID id) {
    return find(id).map(profile -> new BusinessDetails(profile, catalog(id), openingHours(id)));
  }

  public List<CatalogEntry> catalog(UUID businessId) {
    return catalog.findByBusinessIdAndAvailableTrueOrderByPosition(businessId).stream()
        .map(CatalogItem::toEntry)
        .toList();
  }

  public List<OpeningPeriod> openingHours(UUID businessId) {
    return hours.findByBusinessIdOrderByDayOfWeekAscOpensAsc(businessId).stream()
        .map(OpeningHours::toPeriod)
        .toList();
  }
}
