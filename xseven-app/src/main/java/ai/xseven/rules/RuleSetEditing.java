package ai.xseven.rules;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What an analyst's editor needs besides storing: compile a draft for its problems, compare two
 * versions, and see every rule set at a glance with how its scenarios fare.
 */
@Service
public class RuleSetEditing {

  private final RuleSetStore store;
  private final RuleSetCompiler compiler;
  private final RuleScenarioStore scenarios;
  private final RuleScenarios runner;

  RuleSetEditing(RuleSetStore store, RuleSetCompiler compiler, RuleScenarioStore scenarios,
      RuleScenarios runner) {
    this.store = store;
    this.compiler = compiler;
    this.scenarios = scenarios;
    this.runner = runner;
  }

  /** Every problem the classic builder finds in {@code drl}; empty when it compiles. */
  public List<CompileError> problems(String name, String drl) {
    if (drl == null || drl.isBlank()) {
      return List.of(new CompileError(1, 0, "The rule set is empty."));
    }
    try {
      compiler.compile(name, 0, drl).close();
      return List.of();
    } catch (InvalidRuleSetException invalid) {
      return invalid.errors();
    }
  }

  /** The unified diff from version {@code from} to version {@code to}. */
  public String diff(String name, int from, int to) {
    return RuleSetDiff.between(name, from, store.drl(name, from), to, store.drl(name, to));
  }

  public List<RuleSetSummary> summaries() {
    return store.names().stream().map(this::summary).toList();
  }

  private RuleSetSummary summary(String name) {
    RuleSetView active = store.get(name);
    int latest = store.versions(name).get(0).version();
    RuleSetChange last = store.changes(name).stream().findFirst().orElse(null);
    int total = 0;
    int passed = 0;
    try {
      List<RuleScenario> tests = scenarios.scenarios(name);
      total = tests.size();
      passed = tests.isEmpty() ? 0 : (int) runner.run(name, null, tests).stream()
          .filter(ScenarioResult::passed)
          .count();
    } catch (RuntimeException notRunnable) {
      // a rule set this node could not load, or a scenario that no longer reads: none pass
    }
    return new RuleSetSummary(name, active.activeVersion(), latest,
        last == null ? active.updatedAt() : last.at(),
        last == null ? active.updatedBy() : last.actor(), passed, total);
  }
}
