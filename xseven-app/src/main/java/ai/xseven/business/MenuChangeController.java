package ai.xseven.business;

import static org.springframework.http.HttpHeaders.AUTHORIZATION;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An owner's changes to the catalog and the opening hours: only the business's signed-in owner
 * ({@code Authorization: Bearer <owner token>}) may make them, the menu-change policy may refuse
 * them, and each one is audited.
 */
@RestController
@RequestMapping("/api/v1/businesses/{businessId}")
class MenuChangeController {

  private final MenuChanges changes;
  private final BusinessOwners owners;
  private final ApplicationEventPublisher events;

  MenuChangeController(MenuChanges changes, BusinessOwners owners,
      ApplicationEventPublisher events) {
    this.changes = changes;
    this.owners = owners;
    this.events = events;
  }

  /** {@code {"priceCents": 1500}} → the item with its new price. */
  @PatchMapping("/catalog/{itemId}")
  @Transactional
  CatalogEntry changePrice(@PathVariable UUID businessId, @PathVariable UUID itemId,
      @RequestBody PriceBody body, @RequestHeader(name = AUTHORIZATION, required = false)
      String authorization) {
    String owner = owners.requireOwner(authorization, businessId);
    if (body.priceCents() == null) {
      throw badRequest("Send the new price as priceCents, e.g. {\"priceCents\": 1500}.");
    }
    CatalogEntry changed = changes.changePrice(businessId, itemId, body.priceCents());
    events.publishEvent(new MenuChanged(owner, "menu.price-changed", "catalog_item:" + itemId,
        changed.name() + " now " + changed.formattedPrice()));
    return changed;
  }

  @DeleteMapping("/catalog/{itemId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void remove(@PathVariable UUID businessId, @PathVariable UUID itemId,
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization) {
    String owner = owners.requireOwner(authorization, businessId);
    changes.remove(businessId, itemId);
    events.publishEvent(new MenuChanged(owner, "menu.item-removed", "catalog_item:" + itemId,
        null));
  }

  /** The whole week, in the shape {@code GET /api/v1/businesses/{id}} lists it as openingHours. */
  @PutMapping("/hours")
  @Transactional
  List<OpeningPeriod> replaceHours(@PathVariable UUID businessId,
      @RequestBody List<OpeningPeriod> periods,
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization) {
    String owner = owners.requireOwner(authorization, businessId);
    if (periods.stream().anyMatch(period -> period == null || period.dayOfWeek() == null
        || period.opens() == null || period.closes() == null)) {
      throw badRequest("Each opening period needs dayOfWeek, opens and closes, e.g. "
          + "{\"dayOfWeek\": \"MONDAY\", \"opens\": \"12:00\", \"closes\": \"22:00\"}.");
    }
    List<OpeningPeriod> week = changes.replaceOpeningHours(businessId, periods);
    events.publishEvent(new MenuChanged(owner, "menu.hours-replaced", "business:" + businessId,
        OpeningPeriod.describe(week)));
    return week;
  }

  private static ResponseStatusException badRequest(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }

  record PriceBody(Integer priceCents) {}
}
