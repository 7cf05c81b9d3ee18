package ai.xseven.rules;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The compiled active version of every rule set on this node. A save installs its version here
 * after commit; every node also polls the {@code rule_set} table, so a change made on any node is
 * evaluated everywhere within one refresh interval.
 */
@Component
class ActiveRuleSets {

  private static final Logger log = LoggerFactory.getLogger(ActiveRuleSets.class);

  private final Map<String, CompiledRuleSet> active = new ConcurrentHashMap<>();
  private final Set<StoredVersion> unloadable = ConcurrentHashMap.newKeySet();
  private final JdbcClient jdbc;
  private final RuleSetCompiler compiler;

  ActiveRuleSets(JdbcClient jdbc, RuleSetCompiler compiler) {
    this.jdbc = jdbc;
    this.compiler = compiler;
  }

  CompiledRuleSet get(String name) {
    CompiledRuleSet rules = active.get(name);
    if (rules == null) {
      throw RuleSetException.notFound(name);
    }
    return rules;
  }

  /** Swaps in {@code rules} unless this node already runs that version. */
  void install(CompiledRuleSet rules) {
    CompiledRuleSet previous = active.put(rules.name(), rules);
    if (previous != null && previous != rules) {
      previous.close();
    }
    log.info("Rule set {} version {} is active", rules.name(), rules.version());
  }

  @Scheduled(fixedDelayString = "${xseven.rules.refresh-interval:PT1S}")
  void refresh() {
    jdbc.sql("select name, active_version from rule_set")
        .query((row, index) -> new StoredVersion(row.getString(1), row.getInt(2)))
        .list()
        .stream()
        .filter(this::isNewer)
        .forEach(this::load);
  }

  private boolean isNewer(StoredVersion stored) {
    CompiledRuleSet current = active.get(stored.name());
    return (current == null || current.version() != stored.version())
        && !unloadable.contains(stored);
  }

  private void load(StoredVersion stored) {
    String drl =
        jdbc.sql("select drl from rule_set_version where name = ? and version = ?")
            .params(stored.name(), stored.version())
            .query(String.class)
            .single();
    try {
      install(compiler.compile(stored.name(), stored.version(), drl));
    } catch (RuntimeException unusable) {
      // Versions are compiled before they are stored, so this is a class that went away in an
      // upgrade; keep evaluating the version we have rather than none.
      log.error("Rule set {} version {} no longer compiles; keeping version {}", stored.name(),
          stored.version(),
          active.containsKey(stored.name()) ? active.get(stored.name()).version() : "none",
          unusable);
      unloadable.add(stored);
    }
  }

  private record StoredVersion(String name, int version) {}
}
