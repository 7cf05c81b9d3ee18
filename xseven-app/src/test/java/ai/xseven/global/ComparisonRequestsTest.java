package ai.xseven.global;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.CatalogEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComparisonRequestsTest {

  static final ZoneId ZONE = ZoneId.of("America/New_York");
  static final BusinessProfile TRATTORIA = business("Trattoria", BusinessKind.RESTAURANT, "downtown");
  static final BusinessProfile SALON = business("Salon", BusinessKind.SALON, "midtown");
  static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);

  @Test
  void pizzaTonightIsARestaurantRequestForSevenInTheEvening() {
    ComparisonRequest request = read("where can I eat pizza tonight?");

    assertThat(request).isEqualTo(new ComparisonRequest(BusinessKind.RESTAURANT, null, null,
        List.of("pizza"), SATURDAY, LocalTime.of(19, 0)));
  }

  @Test
  void areaKindAndCeilingComeFromTheBusinessesOwnData() {
    ComparisonRequest request = read("best hair salon midtown under $50");

    assertThat(request).isEqualTo(new ComparisonRequest(BusinessKind.SALON, "midtown", 5000,
        List.of("hair"), null, null));
    assertThat(read("cheap haircut on Tuesday at 5:30 pm")).isEqualTo(new ComparisonRequest(
        BusinessKind.SALON, null, null, List.of("haircut"), LocalDate.of(2026, 11, 24),
        LocalTime.of(17, 30)));
  }

  @Test
  void aMessageThatNamesNothingIsEmpty() {
    assertThat(read("hello there").isEmpty()).isTrue();
  }

  private static ComparisonRequest read(String message) {
    Map<BusinessProfile, List<CatalogEntry>> catalogs = new LinkedHashMap<>();
    catalogs.put(TRATTORIA, List.of(item("Pizza", "Margherita", 1400)));
    catalogs.put(SALON, List.of(item("Hair", "Men's Haircut", 2800)));
    return ComparisonRequests.read(message, List.of(TRATTORIA, SALON), catalogs, SATURDAY);
  }

  private static CatalogEntry item(String category, String name, int cents) {
    return new CatalogEntry(UUID.randomUUID(), category, name, name, cents, "USD", null);
  }

  private static BusinessProfile business(String name, BusinessKind kind, String area) {
    return new BusinessProfile(UUID.randomUUID(), name.toLowerCase(), name, kind, name, area,
        "1 Street", "+1 555 0100", ZONE, 10, 60);
  }
}
