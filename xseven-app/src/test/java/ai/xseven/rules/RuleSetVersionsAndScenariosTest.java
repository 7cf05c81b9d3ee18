package ai.xseven.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Saving without activating, rolling back, and the stored scenarios, on the real schema (H2). */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({RuleSetStore.class, RuleSetCompiler.class, ActiveRuleSets.class, RuleScenarioStore.class,
    RuleSetVersionsAndScenariosTest.Beans.class})
class RuleSetVersionsAndScenariosTest {

  @TestConfiguration
  static class Beans {
    @Bean
    ObjectMapper objectMapper() {
      return new ObjectMapper();
    }
  }

  private static final String HEADER = """
      package test;
      import ai.xseven.rules.Sample;
      global ai.xseven.rules.RuleOutcome outcome;
      """;
  private static final String V1 = HEADER + """
      rule "Big samples are refused"
      when Sample(size > 10) then outcome.block("too big"); end
      """;
  private static final String V2 = V1.replace("size > 10", "size > 5");

  @Autowired RuleSetStore store;
  @Autowired RuleScenarioStore scenarios;

  @Test
  void aSavedVersionWaitsForActivationAndAnEarlierOneCanBeActivatedAgain() {
    store.save("limits", V1, "ana");

    RuleSetVersionView saved = store.addVersion("limits", V2, "ana");

    assertThat(saved.version()).isEqualTo(2);
    assertThat(saved.active()).isFalse();
    assertThat(store.get("limits").activeVersion()).isEqualTo(1);
    assertThat(store.changes("limits").get(0).action()).isEqualTo("SAVED_INACTIVE");
    assertThat(store.changes("limits").get(0).diff()).contains("-when Sample(size > 10)")
        .contains("+when Sample(size > 5)");
    assertThat(store.addVersion("limits", V2, "ana").version())
        .as("the same text again is not a new version").isEqualTo(2);

    store.activate("limits", 2, "ana");
    assertThat(store.get("limits").activeVersion()).isEqualTo(2);
    store.activate("limits", 1, "ana");
    assertThat(store.get("limits").drl()).isEqualTo(V1);
  }

  @Test
  void aVersionThatDoesNotCompileIsNeverStoredAndTheActiveOneStays() {
    store.save("broken", V1, "ana");

    assertThatThrownBy(() -> store.addVersion("broken", V1.replace("size > 10", "size >"), "ana"))
        .isInstanceOf(InvalidRuleSetException.class);

    assertThat(store.versions("broken")).extracting(RuleSetVersionView::version).containsExactly(1);
    assertThat(store.get("broken").activeVersion()).isEqualTo(1);
  }

  @Test
  void scenariosAreSeededOnceFromTheShippedFilesThenEditedAndDeleted() {
    store.save("booking-policy", V1, "ana");
    scenarios.seedShipped();
    List<StoredScenario> seeded = scenarios.list("booking-policy");
    assertThat(seeded).isNotEmpty();
    assertThat(seeded.get(0).updatedBy()).isEqualTo(RuleSetStore.SEED_ACTOR);

    StoredScenario first = seeded.get(0);
    StoredScenario renamed = scenarios.save("booking-policy", first.id(),
        first.yaml().replace("name: " + first.name(), "name: renamed by ana"), "ana");
    assertThat(renamed.id()).isEqualTo(first.id());
    assertThat(renamed.name()).isEqualTo("renamed by ana");

    scenarios.delete("booking-policy", first.id());
    scenarios.seedShipped();
    assertThat(scenarios.list("booking-policy")).hasSize(seeded.size() - 1)
        .extracting(StoredScenario::name).doesNotContain("renamed by ana", first.name());
  }

  @Test
  void twoScenariosOfARuleSetCannotShareAName() {
    store.save("named", V1, "ana");
    String text = "name: one\nexpect: {decision: ALLOW}\n";
    scenarios.save("named", null, text, "ana");

    assertThatThrownBy(() -> scenarios.save("named", null, text, "ana"))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("already has a scenario named 'one'");
    assertThat(scenarios.scenarios("named")).extracting(RuleScenario::name).containsExactly("one");
  }
}
