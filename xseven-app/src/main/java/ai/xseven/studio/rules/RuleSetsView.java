package ai.xseven.studio.rules;

import ai.xseven.rules.RuleSetEditing;
import ai.xseven.rules.RuleSetSummary;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** Every rule set at a glance: which version runs, the latest saved, and how its scenarios fare. */
@Route("rules")
@PageTitle("Rules · X-Seven studio")
@Menu(order = 20, title = "Rules", icon = "vaadin:scale")
@RolesAllowed({"ADMIN", "ANALYST"})
@JsModule("@vaadin/vaadin-lumo-styles/badge-global.js")
class RuleSetsView extends VerticalLayout {

  RuleSetsView(RuleSetEditing editing) {
    Grid<RuleSetSummary> grid = new Grid<>();
    grid.setId("rule-sets");
    grid.addComponentColumn(RuleSetsView::link).setHeader("Rule set").setAutoWidth(true);
    grid.addColumn(RuleSetSummary::activeVersion).setHeader("Active version").setAutoWidth(true);
    grid.addColumn(RuleSetSummary::latestVersion).setHeader("Latest version").setAutoWidth(true);
    grid.addColumn(summary -> summary.changedBy() + ", "
        + VersionHistory.WHEN.format(summary.changedAt())).setHeader("Last change")
        .setFlexGrow(1);
    grid.addComponentColumn(RuleSetsView::scenarios).setHeader("Scenarios passing")
        .setAutoWidth(true);
    grid.setItems(editing.summaries());
    grid.setAllRowsVisible(true);
    add(new H2("Rule sets"),
        new Paragraph("The decisions the assistants take by rule: guardrails, booking and menu "
            + "policies, model routing. Open one to edit it, test it and activate a version; the "
            + "scenarios column counts the tests that pass against the active version."),
        grid);
  }

  private static RouterLink link(RuleSetSummary summary) {
    RouterLink link = new RouterLink(summary.name(), RuleEditorView.class,
        new RouteParameters("name", summary.name()));
    link.setId("open-" + summary.name());
    return link;
  }

  private static Span scenarios(RuleSetSummary summary) {
    Span count = new Span(summary.scenariosPassed() + " / " + summary.scenarios());
    count.getElement().getThemeList().add(summary.scenarios() == 0 ? "badge contrast"
        : summary.scenariosPassed() == summary.scenarios() ? "badge success" : "badge error");
    count.setId("scenarios-" + summary.name());
    return count;
  }
}
