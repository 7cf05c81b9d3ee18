package ai.xseven.knowledge;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Businesses of a test's own, so that the demo businesses' documents stay out of its way. */
final class KnowledgeBusinesses {

  private KnowledgeBusinesses() {}

  static UUID create(JdbcTemplate jdbc, String name) {
    UUID id = UUID.randomUUID();
    jdbc.update("""
        insert into business (id, slug, name, kind, description, area, address, phone, time_zone,
            capacity, slot_minutes, min_lead_minutes, created_at)
        values (?, ?, ?, 'RESTAURANT', 'A business for tests.', 'nowhere', '1 Test Street',
            '+1 555 0199', 'America/New_York', 10, 60, 60, ?)""",
        id, "test-" + id, name, Timestamp.from(Instant.now()));
    return id;
  }
}
