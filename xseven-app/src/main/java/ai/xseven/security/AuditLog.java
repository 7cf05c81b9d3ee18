package ai.xseven.security;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail ({@code audit_log}): who did what to which thing, written in the caller's
 * transaction so an entry exists exactly when the change does.
 */
@Service
public class AuditLog {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  AuditLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * @param actor e.g. {@code owner:<businessId>/demo}
   * @param action e.g. {@code menu.price-changed}
   * @param subject what was changed, e.g. {@code business:<id>/catalog:<itemId>}
   * @param detail a sentence: "Margherita: $14 → $15"
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String actor, String action, String subject, String detail) {
    jdbc.update("insert into audit_log (at, actor, action, subject, detail) values (?, ?, ?, ?, ?)",
        Timestamp.from(clock.instant()), actor, action, subject, detail);
  }
}
