package ai.xseven.studio.rules;

import ai.xseven.rules.InvalidRuleSetException;
import ai.xseven.rules.RuleSetEditing;
import ai.xseven.rules.RuleSetStore;
import ai.xseven.rules.RuleSetVersionView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.web.ErrorResponseException;

/**
 * Every stored version, the one running marked; any version can be activated (an earlier one is a
 * roll back), and any two compared as a unified diff.
 */
class VersionHistory extends VerticalLayout {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private final String name;
  private final RuleSetStore store;
  private final RuleSetEditing editing;
  private final String actor;
  private final Runnable changed;
  private final Grid<RuleSetVersionView> versions = new Grid<>();
  private final Select<Integer> from = new Select<>();
  private final Select<Integer> to = new Select<>();
  private final DiffView diff = new DiffView();
  private int activeVersion;

  VersionHistory(String name, RuleSetStore store, RuleSetEditing editing, String actor,
      Runnable changed) {
    this.name = name;
    this.store = store;
    this.editing = editing;
    this.actor = actor;
    this.changed = changed;
    setPadding(false);

    versions.setId("version-history");
    versions.addColumn(RuleSetVersionView::version).setHeader("Version").setAutoWidth(true);
    versions.addColumn(version -> WHEN.format(version.createdAt())).setHeader("Saved")
        .setAutoWidth(true);
    versions.addColumn(RuleSetVersionView::createdBy).setHeader("By").setFlexGrow(1);
    versions.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
    versions.setAllRowsVisible(true);

    from.setLabel("Compare version");
    from.setId("diff-from");
    to.setLabel("with version");
    to.setId("diff-to");
    from.addValueChangeListener(event -> showDiff());
    to.addValueChangeListener(event -> showDiff());
    add(new H4("Versions"), versions, new H4("Differences"), new HorizontalLayout(from, to), diff);
    setWidthFull();
  }

  void refresh() {
    List<RuleSetVersionView> all = store.versions(name);
    List<Integer> numbers = all.stream().map(RuleSetVersionView::version).toList();
    from.setItems(numbers);
    to.setItems(numbers);
    activeVersion = all.stream().filter(RuleSetVersionView::active).findFirst()
        .map(RuleSetVersionView::version).orElse(numbers.get(0));
    versions.setItems(all);
    int latest = numbers.get(0);
    from.setValue(activeVersion == latest && numbers.size() > 1 ? numbers.get(1) : activeVersion);
    to.setValue(latest);
  }

  private HorizontalLayout status(RuleSetVersionView version) {
    if (version.active()) {
      Span running = new Span("Active");
      running.getElement().getThemeList().add("badge success");
      return new HorizontalLayout(running);
    }
    Button activate = new Button(version.version() < activeVersion ? "Roll back to this version"
        : "Activate", click -> activate(version.version()));
    activate.setId("activate-version-" + version.version());
    activate.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return new HorizontalLayout(activate);
  }

  void activate(int version) {
    int before = store.get(name).activeVersion();
    try {
      store.activate(name, version, actor);
      Say.done("Version " + version + " of " + name + " is active now"
          + (version < before ? " (rolled back from version " + before + ")." : "."));
    } catch (InvalidRuleSetException broken) {
      Say.problem("Version " + version + " does not compile (" + broken.errors().size()
          + " problem(s), first: " + broken.errors().get(0).message() + "); version " + before
          + " keeps running.");
    } catch (ErrorResponseException refused) {
      Say.refused(refused);
    }
    changed.run();
  }

  private void showDiff() {
    if (from.getValue() == null || to.getValue() == null) {
      return;
    }
    diff.show(editing.diff(name, from.getValue(), to.getValue()));
  }
}
