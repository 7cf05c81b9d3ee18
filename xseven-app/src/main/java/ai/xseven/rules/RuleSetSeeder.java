package ai.xseven.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Seeds the store from the shipped {@code rules/*.drl} and their scenarios from
 * {@code rules/tests/*.yaml} on first start (a rule set the database already has is the analysts'
 * now and is left alone), then loads every active version, all before the server takes its first
 * request.
 */
@Component
class RuleSetSeeder implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(RuleSetSeeder.class);

  private final RuleSetStore store;
  private final ActiveRuleSets active;
  private final RuleScenarioStore scenarios;

  RuleSetSeeder(RuleSetStore store, ActiveRuleSets active, RuleScenarioStore scenarios) {
    this.store = store;
    this.active = active;
    this.scenarios = scenarios;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (Resource resource : shipped()) {
      String name = resource.getFilename().replaceFirst("\\.drl$", "");
      if (!store.names().contains(name)) {
        seed(name, read(resource));
      }
    }
    seedScenarios();
    active.refresh();
  }

  private void seedScenarios() {
    try {
      scenarios.seedShipped();
    } catch (DataIntegrityViolationException anotherNodeWasFirst) {
      log.info("Rule scenarios were seeded by another node");
    }
  }

  private void seed(String name, String drl) {
    try {
      store.save(name, drl, RuleSetStore.SEED_ACTOR);
      log.info("Seeded rule set {} from rules/{}.drl", name, name);
    } catch (DataIntegrityViolationException anotherNodeWasFirst) {
      log.info("Rule set {} was seeded by another node", name);
    }
  }

  private static Resource[] shipped() {
    try {
      return new PathMatchingResourcePatternResolver().getResources("classpath*:rules/*.drl");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Resource resource) {
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
