package ai.xseven.rules;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rule sets over HTTP. Changes need a studio analyst or admin (HTTP Basic, see the studio's
 * security configuration); the audit trail records that account.
 */
@RestController
@RequestMapping("/api/v1/rulesets")
class RuleSetController {

  private final RuleSetStore store;
  private final RuleScenarios scenarios;
  private final RuleScenarioStore storedScenarios;

  RuleSetController(RuleSetStore store, RuleScenarios scenarios,
      RuleScenarioStore storedScenarios) {
    this.store = store;
    this.scenarios = scenarios;
    this.storedScenarios = storedScenarios;
  }

  @GetMapping
  List<RuleSetView> all() {
    return store.names().stream().map(store::get).toList();
  }

  @GetMapping("/{name}")
  RuleSetView get(@PathVariable String name) {
    return store.get(name);
  }

  /** The DRL as JSON {@code {"drl": "..."}}. */
  @PutMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
  RuleSetView save(@PathVariable String name, @RequestBody DrlBody body,
      Principal actor) {
    return store.save(name, body.drl(), actor.getName());
  }

  /** The DRL as the plain request body, for {@code curl -T rules.drl}. */
  @PutMapping(path = "/{name}", consumes = MediaType.TEXT_PLAIN_VALUE)
  RuleSetView saveText(@PathVariable String name, @RequestBody String drl,
      Principal actor) {
    return store.save(name, drl, actor.getName());
  }

  @GetMapping("/{name}/versions")
  List<RuleSetVersionView> versions(@PathVariable String name) {
    return store.versions(name);
  }

  @GetMapping("/{name}/versions/{version}")
  Map<String, Object> version(@PathVariable String name, @PathVariable int version) {
    return Map.of("name", name, "version", version, "drl", store.drl(name, version));
  }

  @GetMapping("/{name}/changes")
  List<RuleSetChange> changes(@PathVariable String name) {
    return store.changes(name);
  }

  @PostMapping("/{name}/activate/{version}")
  RuleSetView activate(@PathVariable String name, @PathVariable int version,
      Principal actor) {
    return store.activate(name, version, actor.getName());
  }

  /**
   * Runs scenarios: those in the body, or else the stored ones (seeded from rules/tests); against
   * {@code drl} from the body when given (a draft, not saved), or else the active version.
   */
  @PostMapping("/{name}/test")
  TestReport test(@PathVariable String name, @RequestBody(required = false) TestRequest request) {
    store.get(name);
    TestRequest body = request == null ? new TestRequest(null, null) : request;
    List<RuleScenario> toRun =
        body.scenarios() == null ? storedScenarios.scenarios(name) : body.scenarios();
    if (toRun.isEmpty()) {
      throw RuleSetException.invalid("Rule set '" + name + "' has no stored scenarios; send "
          + "some as 'scenarios'.");
    }
    List<ScenarioResult> results = scenarios.run(name, body.drl(), toRun);
    long passed = results.stream().filter(ScenarioResult::passed).count();
    return new TestReport(name, body.drl() == null ? scenarios.activeVersion(name) : null,
        results.size(), (int) passed, results);
  }

  @ExceptionHandler(InvalidRuleSetException.class)
  ProblemDetail invalid(InvalidRuleSetException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
            "Rule set '" + ex.ruleSet() + "' does not compile (" + ex.errors().size()
                + " error(s)); the active version keeps running.");
    problem.setTitle("Rule set does not compile");
    problem.setProperty("errors", ex.errors());
    return problem;
  }

  @ExceptionHandler(RunawayRuleSetException.class)
  ProblemDetail runaway(RunawayRuleSetException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
    problem.setTitle("Rule set runs away");
    problem.setProperty("rule", ex.rule());
    return problem;
  }

  record DrlBody(String drl) {}

  record TestRequest(String drl, List<RuleScenario> scenarios) {}

  /** @param version the version this node evaluated; null for a draft */
  record TestReport(String ruleSet, Integer version, int total, int passed,
      List<ScenarioResult> results) {}
}
