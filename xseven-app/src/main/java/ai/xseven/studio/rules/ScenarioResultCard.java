package ai.xseven.studio.rules;

import ai.xseven.rules.Reason;
import ai.xseven.rules.RuleResult;
import ai.xseven.rules.RuleScenario;
import ai.xseven.rules.ScenarioResult;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;

/** One scenario's run: passed or failed, what was expected beside what happened, rules fired. */
class ScenarioResultCard extends Div {

  ScenarioResultCard(RuleScenario scenario, ScenarioResult result) {
    addClassName("scenario-result");
    addClassName(result.passed() ? "scenario-passed" : "scenario-failed");
    getStyle().set("border-left", "4px solid " + (result.passed()
            ? "var(--lumo-success-color)" : "var(--lumo-error-color)"))
        .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
        .set("margin-bottom", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");

    Span verdict = new Span(result.passed() ? "Passed" : "Failed");
    verdict.getElement().getThemeList().add(result.passed() ? "badge success" : "badge error");
    Span title = new Span(" " + result.name());
    title.getStyle().set("font-weight", "600");
    add(new Div(verdict, title));

    result.failures().forEach(failure -> {
      Div line = new Div(failure);
      line.addClassName("scenario-failure");
      line.getStyle().set("color", "var(--lumo-error-text-color)");
      add(line);
    });
    add(labelled("Expected", expected(scenario.expect())));
    RuleResult actual = result.result();
    if (actual != null) {
      add(labelled("Actual", "decision " + actual.decision() + "; fired " + list(actual.fired())
          + (actual.values().isEmpty() ? "" : "; values " + actual.values())));
      if (!actual.reasons().isEmpty()) {
        add(labelled("Reasons", actual.reasons().stream().map(Reason::text)
            .collect(Collectors.joining(" | "))));
      }
      Div fired = labelled("Rules fired", list(actual.fired()));
      fired.addClassName("scenario-fired");
      add(fired);
    }
  }

  private static String expected(RuleScenario.Expectation expect) {
    if (expect == null) {
      return "nothing in particular";
    }
    StringBuilder text = new StringBuilder(
        expect.decision() == null ? "any decision" : "decision " + expect.decision());
    if (!expect.fired().isEmpty()) {
      text.append("; fired ").append(list(expect.fired()));
    }
    if (!expect.notFired().isEmpty()) {
      text.append("; not fired ").append(list(expect.notFired()));
    }
    if (!expect.values().isEmpty()) {
      text.append("; values ").append(expect.values());
    }
    return text.toString();
  }

  private static String list(List<String> rules) {
    return rules.isEmpty() ? "none" : rules.stream().distinct()
        .map(rule -> "\u201c" + rule + "\u201d").collect(Collectors.joining(", "));
  }

  private static Div labelled(String label, String text) {
    Span name = new Span(label + ": ");
    name.getStyle().set("color", "var(--lumo-secondary-text-color)");
    return new Div(name, new Span(text));
  }
}
