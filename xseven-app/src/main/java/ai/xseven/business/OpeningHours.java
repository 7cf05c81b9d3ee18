package ai.xseven.business;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

@Entity
class OpeningHours {

  @Id UUID id;
  UUID businessId;
  int dayOfWeek;
  LocalTime opens;
  LocalTime closes;

  protected OpeningHours() {}

  OpeningHours(UUID businessId, DayOfWeek day, LocalTime opens, LocalTime closes) {
    this.id = UUID.randomUUID();
    this.businessId = businessId;
    this.dayOfWeek = day.getValue();
    this.opens = opens;
    this.closes = closes;
  }

  OpeningPeriod toPeriod() {
    return new OpeningPeriod(DayOfWeek.of(dayOfWeek), opens, closes);
  }
}
