package ai.xseven.studio.rules;

import ai.xseven.rules.InvalidRuleSetException;
import ai.xseven.rules.InvalidScenarioException;
import ai.xseven.rules.RuleScenario;
import ai.xseven.rules.RuleScenarioStore;
import ai.xseven.rules.RuleScenarios;
import ai.xseven.rules.RuleSetStore;
import ai.xseven.rules.RuleSetVersionView;
import ai.xseven.rules.ScenarioResult;
import ai.xseven.rules.StoredScenario;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.ErrorResponseException;

/**
 * The rule set's test scenarios: pick one and edit its YAML, or start a new one; run it or all of
 * them against the editor's current text or any stored version, and read each verdict.
 */
class ScenarioPanel extends VerticalLayout {

  private static final String NEW_SCENARIO = """
      name: describe what this scenario checks
      given:
        facts: []
      expect:
        decision: ALLOW
        fired: []
      """;

  /** What to run against: the editor's text ({@code version} null) or a stored version. */
  record Target(String label, Integer version) {}

  private final String name;
  private final RuleScenarioStore scenarios;
  private final RuleScenarios runner;
  private final RuleSetStore store;
  private final String actor;
  private final Supplier<String> editorText;
  private final Grid<StoredScenario> list = new Grid<>();
  private final TextArea yaml = new TextArea("Scenario (YAML)");
  private final Select<Target> against = new Select<>();
  private final Span summary = new Span();
  private final Div results = new Div();
  private final Map<String, Boolean> lastVerdicts = new HashMap<>();
  private StoredScenario editing;
  /** The first scenario is opened once; later refreshes leave what the analyst is writing. */
  private boolean opened;

  ScenarioPanel(String name, RuleScenarioStore scenarios, RuleScenarios runner, RuleSetStore store,
      String actor, Supplier<String> editorText) {
    this.name = name;
    this.scenarios = scenarios;
    this.runner = runner;
    this.store = store;
    this.actor = actor;
    this.editorText = editorText;
    setPadding(false);
    setSizeFull();

    list.setId("scenario-list");
    list.addColumn(StoredScenario::name).setHeader("Scenario").setFlexGrow(1);
    list.addColumn(this::verdict).setHeader("Last run").setAutoWidth(true).setFlexGrow(0);
    list.asSingleSelect().addValueChangeListener(event -> {
      if (event.getValue() != null) {
        edit(event.getValue());
      }
    });

    yaml.setId("scenario-yaml");
    yaml.setWidthFull();
    yaml.setMinHeight("16em");
    yaml.getStyle().set("font-family", "ui-monospace, Menlo, Consolas, monospace");

    Button add = button("New scenario", "new-scenario", click -> edit(null));
    Button save = button("Save scenario", "save-scenario", click -> save());
    Button delete = button("Delete", "delete-scenario", click -> delete());
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    Button runOne = button("Run this scenario", "run-scenario", click -> runEdited());
    Button runAll = button("Run all scenarios", "run-all-scenarios", click -> runAll());
    runAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    against.setLabel("Run against");
    against.setId("run-against");
    against.setItemLabelGenerator(Target::label);
    HorizontalLayout runBar = new HorizontalLayout(against, runAll, runOne);
    runBar.setAlignItems(Alignment.BASELINE);

    VerticalLayout left = new VerticalLayout(new HorizontalLayout(add), list);
    left.setPadding(false);
    VerticalLayout right = new VerticalLayout(yaml, new HorizontalLayout(save, delete));
    right.setPadding(false);
    SplitLayout split = new SplitLayout(left, right);
    split.setWidthFull();
    split.setSplitterPosition(40);

    summary.setId("scenario-summary");
    summary.getStyle().set("font-weight", "600");
    results.setId("scenario-results");
    results.setWidthFull();
    add(split, runBar, summary, results);
  }

  void refresh() {
    List<Target> targets = new ArrayList<>();
    targets.add(new Target("The editor's text", null));
    for (RuleSetVersionView version : store.versions(name)) {
      targets.add(new Target("Version " + version.version()
          + (version.active() ? " (active)" : ""), version.version()));
    }
    against.setItems(targets);
    against.setValue(targets.get(0));
    showList();
  }

  private void showList() {
    List<StoredScenario> stored = scenarios.list(name);
    list.setItems(stored);
    if (!opened && !stored.isEmpty()) {
      opened = true;
      list.select(stored.get(0));
    }
  }

  private void edit(StoredScenario scenario) {
    editing = scenario;
    yaml.setValue(scenario == null ? NEW_SCENARIO : scenario.yaml());
    if (scenario == null) {
      list.deselectAll();
    }
  }

  private void save() {
    try {
      editing = scenarios.save(name, editing == null ? null : editing.id(), yaml.getValue(), actor);
      Say.done("Scenario \u201c" + editing.name() + "\u201d saved.");
      StoredScenario saved = editing;
      showList();
      list.select(saved);
    } catch (InvalidScenarioException unreadable) {
      Say.problem(unreadable.getMessage() + " Nothing was saved.");
    } catch (ErrorResponseException refused) {
      Say.refused(refused);
    }
  }

  private void delete() {
    if (editing == null) {
      return;
    }
    scenarios.delete(name, editing.id());
    Say.done("Scenario \u201c" + editing.name() + "\u201d deleted.");
    edit(null);
    showList();
  }

  /** Runs the text in the box as it is now, saved or not. */
  private void runEdited() {
    try {
      run(List.of(scenarios.parse(yaml.getValue())));
    } catch (InvalidScenarioException unreadable) {
      Say.problem(unreadable.getMessage());
    }
  }

  private void runAll() {
    List<RuleScenario> all;
    try {
      all = scenarios.scenarios(name);
    } catch (InvalidScenarioException unreadable) {
      Say.problem("A stored scenario no longer reads: " + unreadable.getMessage());
      return;
    }
    if (all.isEmpty()) {
      Say.problem("There are no scenarios to run yet: write one and save it.");
      return;
    }
    run(all);
  }

  private void run(List<RuleScenario> toRun) {
    Target target = against.getValue();
    if (target == null || target.version() == null) {
      // The editor sits in another tab, maybe detached: take the text it last reported.
      run(toRun, editorText.get(), "the editor's text");
    } else {
      run(toRun, store.drl(name, target.version()), "version " + target.version());
    }
  }

  private void run(List<RuleScenario> toRun, String drl, String label) {
    List<ScenarioResult> outcome;
    try {
      outcome = runner.run(name, drl, toRun);
    } catch (InvalidRuleSetException broken) {
      Say.problem("Cannot run the scenarios: " + label + " does not compile ("
          + broken.errors().size() + " problem(s)). Fix it or run against a stored version.");
      return;
    }
    results.removeAll();
    long passed = outcome.stream().filter(ScenarioResult::passed).count();
    summary.setText(passed + " of " + outcome.size() + " scenario(s) pass against " + label + ".");
    summary.getStyle().set("color", passed == outcome.size()
        ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    for (int i = 0; i < outcome.size(); i++) {
      lastVerdicts.put(outcome.get(i).name(), outcome.get(i).passed());
      results.add(new ScenarioResultCard(toRun.get(i), outcome.get(i)));
    }
    list.getDataProvider().refreshAll();
  }

  private String verdict(StoredScenario scenario) {
    Boolean passed = lastVerdicts.get(scenario.name());
    return passed == null ? "\u2013" : passed ? "passed" : "failed";
  }

  private static Button button(String text, String id,
      com.vaadin.flow.component.ComponentEventListener<
          com.vaadin.flow.component.ClickEvent<Button>> listener) {
    Button button = new Button(text, listener);
    button.setId(id);
    return button;
  }
}
