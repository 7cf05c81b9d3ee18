package ai.xseven.business;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** An owner's changes to the catalog and the opening hours; the menu-change policy may refuse. */
@RestController
@RequestMapping("/api/v1/businesses/{businessId}")
class MenuChangeController {

  private final MenuChanges changes;

  MenuChangeController(MenuChanges changes) {
    this.changes = changes;
  }

  /** {@code {"priceCents": 1500}} → the item with its new price. */
  @PatchMapping("/catalog/{itemId}")
  CatalogEntry changePrice(@PathVariable UUID businessId, @PathVariable UUID itemId,
      @RequestBody PriceBody body) {
    if (body.priceCents() == null) {
      throw badRequest("Send the new price as priceCents, e.g. {\"priceCents\": 1500}.");
    }
    return changes.changePrice(businessId, itemId, body.priceCents());
  }

  @DeleteMapping("/catalog/{itemId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable UUID businessId, @PathVariable UUID itemId) {
    changes.remove(businessId, itemId);
  }

  /** The whole week, in the shape {@code GET /api/v1/businesses/{id}} lists it as openingHours. */
  @PutMapping("/hours")
  List<OpeningPeriod> replaceHours(@PathVariable UUID businessId,
      @RequestBody List<OpeningPeriod> periods) {
    if (periods.stream().anyMatch(period -> period == null || period.dayOfWeek() == null
        || period.opens() == null || period.closes() == null)) {
      throw badRequest("Each opening period needs dayOfWeek, opens and closes, e.g. "
          + "{\"dayOfWeek\": \"MONDAY\", \"opens\": \"12:00\", \"closes\": \"22:00\"}.");
    }
    return changes.replaceOpeningHours(businessId, periods);
  }

  private static ResponseStatusException badRequest(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }

  record PriceBody(Integer priceCents) {}
}
