package ai.xseven.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The test scenarios of each rule set, kept in the database so analysts can edit them; the shipped
 * {@code rules/tests/<rule set>.yaml} seed a rule set's scenarios once. Every saved scenario reads
 * as a {@link RuleScenario}, so a scenario that cannot be run is never stored.
 */
@Service
public class RuleScenarioStore {

  private final JdbcClient jdbc;
  private final RuleSetStore ruleSets;
  private final ScenarioYaml yaml;
  private final Clock clock;

  RuleScenarioStore(JdbcClient jdbc, RuleSetStore ruleSets, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.ruleSets = ruleSets;
    this.yaml = new ScenarioYaml(json);
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<StoredScenario> list(String ruleSet) {
    return jdbc.sql("select id, rule_set, name, yaml, updated_at, updated_by from rule_scenario "
            + "where rule_set = ? order by id")
        .param(ruleSet)
        .query((row, index) -> new StoredScenario(row.getLong(1), row.getString(2),
            row.getString(3), row.getString(4), row.getTimestamp(5).toInstant(),
            row.getString(6)))
        .list();
  }

  /** The stored scenarios of {@code ruleSet}, ready to run. */
  @Transactional(readOnly = true)
  public List<RuleScenario> scenarios(String ruleSet) {
    return list(ruleSet).stream().map(stored -> yaml.parse(stored.yaml())).toList();
  }

  /** Reads a scenario text without storing it; {@link InvalidScenarioException} says what is wrong. */
  public RuleScenario parse(String text) {
    return yaml.parse(text);
  }

  /**
   * Stores {@code text} as a new scenario ({@code id} null) or over an existing one; its name is
   * the one written in the text.
   */
  @Transactional
  public StoredScenario save(String ruleSet, Long id, String text, String actor) {
    ruleSets.get(ruleSet);
    RuleScenario scenario = yaml.parse(text);
    Timestamp now = Timestamp.from(clock.instant());
    try {
      if (id == null) {
        jdbc.sql("insert into rule_scenario (rule_set, name, yaml, updated_at, updated_by) "
                + "values (?, ?, ?, ?, ?)")
            .params(ruleSet, scenario.name(), text, now, actor)
            .update();
      } else {
        int updated = jdbc.sql("update rule_scenario set name = ?, yaml = ?, updated_at = ?, "
                + "updated_by = ? where id = ? and rule_set = ?")
            .params(scenario.name(), text, now, actor, id, ruleSet)
            .update();
        if (updated == 0) {
          throw new InvalidScenarioException("That scenario no longer exists; someone may have "
              + "deleted it. Save it as a new one.");
        }
      }
    } catch (DuplicateKeyException taken) {
      throw new InvalidScenarioException("Rule set '" + ruleSet + "' already has a scenario named '"
          + scenario.name() + "'. Give this one another name.");
    }
    return list(ruleSet).stream()
        .filter(stored -> stored.name().equals(scenario.name()))
        .findFirst()
        .orElseThrow();
  }

  @Transactional
  public void delete(String ruleSet, long id) {
    jdbc.sql("delete from rule_scenario where id = ? and rule_set = ?").params(id, ruleSet).update();
  }

  /**
   * Seeds the shipped scenarios of every rule set that has never had them. Not one transaction: the
   * marker row is claimed first, so of two nodes starting together only one seeds a rule set.
   */
  void seedShipped() {
    List<String> seeded =
        jdbc.sql("select rule_set from rule_scenario_seeded").query(String.class).list();
    for (String ruleSet : ruleSets.names()) {
      if (!seeded.contains(ruleSet)) {
        seed(ruleSet);
      }
    }
  }

  private void seed(String ruleSet) {
    try {
      jdbc.sql("insert into rule_scenario_seeded (rule_set) values (?)").param(ruleSet).update();
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      return;
    }
    Timestamp now = Timestamp.from(clock.instant());
    for (Map<String, Object> document : yaml.shippedDocuments(ruleSet)) {
      jdbc.sql("insert into rule_scenario (rule_set, name, yaml, updated_at, updated_by) "
              + "values (?, ?, ?, ?, ?)")
          .params(ruleSet, String.valueOf(document.get("name")), ScenarioYaml.dump(document), now,
              RuleSetStore.SEED_ACTOR)
          .update();
    }
  }
}
