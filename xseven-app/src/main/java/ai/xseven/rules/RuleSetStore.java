package ai.xseven.rules;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Versioned rule sets. A save compiles first, so a broken DRL never becomes a version and the
 * active one keeps running; versions are immutable, activation moves a pointer, and every change is
 * audited with its diff.
 */
@Service
public class RuleSetStore {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

  private final JdbcClient jdbc;
  private final RuleSetCompiler compiler;
  private final ActiveRuleSets active;
  private final Clock clock;

  RuleSetStore(JdbcClient jdbc, RuleSetCompiler compiler, ActiveRuleSets active, Clock clock) {
    this.jdbc = jdbc;
    this.compiler = compiler;
    this.active = active;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public RuleSetView get(String name) {
    return find(name).orElseThrow(() -> RuleSetException.notFound(name));
  }

  @Transactional(readOnly = true)
  public List<String> names() {
    return jdbc.sql("select name from rule_set order by name").query(String.class).list();
  }

  @Transactional(readOnly = true)
  public List<RuleSetVersionView> versions(String name) {
    int activeVersion = get(name).activeVersion();
    return jdbc.sql("select version, created_at, created_by from rule_set_version where name = ? "
            + "order by version desc")
        .param(name)
        .query((row, index) -> new RuleSetVersionView(row.getInt(1),
            row.getTimestamp(2).toInstant(), row.getString(3), row.getInt(1) == activeVersion))
        .list();
  }

  @Transactional(readOnly = true)
  public String drl(String name, int version) {
    return jdbc.sql("select drl from rule_set_version where name = ? and version = ?")
        .params(name, version)
        .query(String.class)
        .optional()
        .orElseThrow(() -> RuleSetException.versionNotFound(name, version));
  }

  @Transactional(readOnly = true)
  public List<RuleSetChange> changes(String name) {
    get(name);
    return jdbc.sql("select id, name, version, action, actor, at, diff from rule_set_change "
            + "where name = ? order by id desc")
        .param(name)
        .query((row, index) -> new RuleSetChange(row.getLong(1), row.getString(2), row.getInt(3),
            row.getString(4), row.getString(5), row.getTimestamp(6).toInstant(),
            row.getString(7)))
        .list();
  }

  /**
   * Stores {@code drl} as the next version and activates it; refused with every compile error if
   * it does not compile. Saving the active text again changes nothing.
   */
  @Transactional
  public RuleSetView save(String name, String drl, String actor) {
    checkName(name);
    if (drl == null || drl.isBlank()) {
      throw RuleSetException.invalid("The rule set text (drl) must not be empty.");
    }
    Optional<RuleSetView> current = lock(name);
    if (current.isPresent() && current.get().drl().equals(drl)) {
      return current.get();
    }
    int version = nextVersion(name);
    CompiledRuleSet compiled = compiler.compile(name, version, drl);
    Instant now = clock.instant();
    if (current.isEmpty()) {
      jdbc.sql("insert into rule_set (name, active_version, updated_at, updated_by) "
              + "values (?, ?, ?, ?)")
          .params(name, version, Timestamp.from(now), actor)
          .update();
    }
    jdbc.sql("insert into rule_set_version (name, version, drl, created_at, created_by) "
            + "values (?, ?, ?, ?, ?)")
        .params(name, version, drl, Timestamp.from(now), actor)
        .update();
    String action = actor.equals(SEED_ACTOR) ? "SEEDED" : "SAVED";
    return point(name, compiled, action, actor, current, drl, now);
  }

  /**
   * Stores {@code drl} as the next version without activating it, so it can be tested and
   * activated later; refused with every compile error if it does not compile. Saving the text of
   * the latest version again changes nothing.
   */
  @Transactional
  public RuleSetVersionView addVersion(String name, String drl, String actor) {
    if (drl == null || drl.isBlank()) {
      throw RuleSetException.invalid("The rule set text (drl) must not be empty.");
    }
    RuleSetView current = lock(name).orElseThrow(() -> RuleSetException.notFound(name));
    int latest = nextVersion(name) - 1;
    String latestDrl = drl(name, latest);
    if (latestDrl.equals(drl)) {
      return versions(name).get(0);
    }
    int version = latest + 1;
    compiler.compile(name, version, drl).close();
    Instant now = clock.instant();
    jdbc.sql("insert into rule_set_version (name, version, drl, created_at, created_by) "
            + "values (?, ?, ?, ?, ?)")
        .params(name, version, drl, Timestamp.from(now), actor)
        .update();
    jdbc.sql("insert into rule_set_change (name, version, action, actor, at, diff) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(name, version, "SAVED_INACTIVE", actor, Timestamp.from(now),
            RuleSetDiff.between(name, latest, latestDrl, version, drl))
        .update();
    return new RuleSetVersionView(version, now, actor, version == current.activeVersion());
  }

  /** Makes an earlier (or later) stored version the active one: roll back and roll forward. */
  @Transactional
  public RuleSetView activate(String name, int version, String actor) {
    RuleSetView current = lock(name).orElseThrow(() -> RuleSetException.notFound(name));
    String drl = drl(name, version);
    if (current.activeVersion() == version) {
      return current;
    }
    CompiledRuleSet compiled = compiler.compile(name, version, drl);
    return point(name, compiled, "ACTIVATED", actor, Optional.of(current), drl, clock.instant());
  }

  static final String SEED_ACTOR = "system (seeded from rules/)";

  private RuleSetView point(String name, CompiledRuleSet compiled, String action, String actor,
      Optional<RuleSetView> previous, String drl, Instant now) {
    jdbc.sql("update rule_set set active_version = ?, updated_at = ?, updated_by = ? "
            + "where name = ?")
        .params(compiled.version(), Timestamp.from(now), actor, name)
        .update();
    String diff =
        RuleSetDiff.between(name, previous.map(RuleSetView::activeVersion).orElse(0),
            previous.map(RuleSetView::drl).orElse(null), compiled.version(), drl);
    jdbc.sql("insert into rule_set_change (name, version, action, actor, at, diff) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(name, compiled.version(), action, actor, Timestamp.from(now), diff)
        .update();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            active.install(compiled);
          }
        });
    return new RuleSetView(name, compiled.version(), drl, now, actor);
  }

  private Optional<RuleSetView> find(String name) {
    return jdbc.sql("select s.name, s.active_version, v.drl, s.updated_at, s.updated_by "
            + "from rule_set s join rule_set_version v "
            + "on v.name = s.name and v.version = s.active_version where s.name = ?")
        .param(name)
        .query((row, index) -> new RuleSetView(row.getString(1), row.getInt(2), row.getString(3),
            row.getTimestamp(4).toInstant(), row.getString(5)))
        .optional();
  }

  /** Serialises changes to one rule set across nodes: the row lock is held until commit. */
  private Optional<RuleSetView> lock(String name) {
    boolean exists =
        jdbc.sql("select name from rule_set where name = ? for update")
            .param(name)
            .query(String.class)
            .optional()
            .isPresent();
    return exists ? find(name) : Optional.empty();
  }

  private int nextVersion(String name) {
    return jdbc.sql("select coalesce(max(version), 0) + 1 from rule_set_version where name = ?")
        .param(name)
        .query(Integer.class)
        .single();
  }

  private static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw RuleSetException.invalidName(name);
    }
  }
}
