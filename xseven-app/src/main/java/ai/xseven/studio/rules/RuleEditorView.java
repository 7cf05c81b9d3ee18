package ai.xseven.studio.rules;

import ai.xseven.rules.InvalidRuleSetException;
import ai.xseven.rules.RuleScenarioStore;
import ai.xseven.rules.RuleScenarios;
import ai.xseven.rules.RuleSetEditing;
import ai.xseven.rules.RuleSetStore;
import ai.xseven.rules.RuleSetVersionView;
import ai.xseven.security.StudioSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.web.ErrorResponseException;

/**
 * One rule set: edit its DRL with problems shown as you type, save it as a new version, activate
 * or roll back, compare versions, and run its scenarios. A version that does not compile is never
 * stored, so it can never become active; the active one keeps running meanwhile.
 */
@Route("rules/:name")
@PageTitle("Rule set · X-Seven studio")
@RolesAllowed({"ADMIN", "ANALYST"})
@JsModule("@vaadin/vaadin-lumo-styles/badge-global.js")
class RuleEditorView extends VerticalLayout implements BeforeEnterObserver {

  private final RuleSetStore store;
  private final RuleSetEditing editing;
  private final RuleScenarioStore scenarios;
  private final RuleScenarios runner;
  private final String actor;

  private String name;
  private final Span status = new Span();
  private final DrlEditor editor = new DrlEditor();
  private final ProblemsList problems = new ProblemsList(editor);
  private final Button activateLatest = new Button();
  private VersionHistory history;
  private ScenarioPanel scenarioPanel;

  RuleEditorView(RuleSetStore store, RuleSetEditing editing, RuleScenarioStore scenarios,
      RuleScenarios runner, StudioSession session) {
    this.store = store;
    this.editing = editing;
    this.scenarios = scenarios;
    this.runner = runner;
    this.actor = session.require().username();
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    name = event.getRouteParameters().get("name").orElse("");
    removeAll();
    if (!store.names().contains(name)) {
      add(new H2("Rule set not found"),
          new Paragraph("There is no rule set named \u201c" + name + "\u201d."),
          new RouterLink("Back to the rule sets", RuleSetsView.class));
      return;
    }
    build();
  }

  private void build() {
    H2 title = new H2(name);
    title.setId("rule-set-name");
    title.getStyle().set("margin", "0");
    status.setId("rule-set-status");
    status.getStyle().set("color", "var(--lumo-secondary-text-color)");
    HorizontalLayout header = new HorizontalLayout(
        new RouterLink("Rule sets", RuleSetsView.class), title, status);
    header.setAlignItems(Alignment.BASELINE);

    history = new VersionHistory(name, store, editing, actor, this::refresh);
    scenarioPanel = new ScenarioPanel(name, scenarios, runner, store, actor, editor::lastText);

    TabSheet tabs = new TabSheet();
    tabs.setId("rule-tabs");
    tabs.setSizeFull();
    tabs.add("Editor", editorTab()).setId("tab-editor");
    tabs.add("Versions", history).setId("tab-versions");
    tabs.add("Scenarios", scenarioPanel).setId("tab-scenarios");
    add(header, tabs);

    List<RuleSetVersionView> versions = store.versions(name);
    editor.setText(store.drl(name, versions.get(0).version()));
    refresh();
  }

  private VerticalLayout editorTab() {
    Button save = new Button("Save as new version", click -> save());
    save.setId("save-version");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    activateLatest.setId("activate-latest");
    activateLatest.addClickListener(click -> history.activate(latest()));
    editor.setWidthFull();
    editor.setHeight("58vh");
    editor.onTextChange((text, seq) -> {
      var found = editing.problems(name, text);
      problems.show(found);
      editor.showProblems(seq, found);
    });
    VerticalLayout tab = new VerticalLayout(new HorizontalLayout(save, activateLatest), editor,
        problems);
    tab.setPadding(false);
    tab.setSizeFull();
    return tab;
  }

  private void save() {
    editor.readText(text -> {
      var found = editing.problems(name, text);
      problems.show(found);
      if (!found.isEmpty()) {
        Say.problem("The rule set has " + found.size() + " problem(s); fix them before saving. "
            + "Nothing was saved and version " + store.get(name).activeVersion()
            + " keeps running.");
        return;
      }
      try {
        RuleSetVersionView saved = store.addVersion(name, text, actor);
        Say.done("Saved as version " + saved.version() + ". Version "
            + store.get(name).activeVersion() + " keeps running until you activate it.");
      } catch (InvalidRuleSetException broken) {
        problems.show(broken.errors());
        Say.problem("The rule set does not compile; nothing was saved.");
      } catch (ErrorResponseException refused) {
        Say.refused(refused);
      }
      refresh();
    });
  }

  private int latest() {
    return store.versions(name).get(0).version();
  }

  private void refresh() {
    int active = store.get(name).activeVersion();
    int latest = latest();
    status.setText("version " + active + " is active"
        + (latest != active ? " \u00b7 latest saved is version " + latest : ""));
    activateLatest.setText("Activate version " + latest);
    activateLatest.setEnabled(latest != active);
    history.refresh();
    scenarioPanel.refresh();
  }
}
