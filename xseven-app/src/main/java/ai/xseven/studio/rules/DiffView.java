package ai.xseven.studio.rules;

import com.vaadin.flow.component.html.Div;

/** A unified diff as an auditor reads it: added lines green, removed lines red, hunks grey. */
class DiffView extends Div {

  DiffView() {
    setId("version-diff");
    getStyle().set("font-family", "ui-monospace, Menlo, Consolas, monospace")
        .set("font-size", "var(--lumo-font-size-s)").set("white-space", "pre")
        .set("overflow", "auto").set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("padding", "var(--lumo-space-s)").set("max-height", "28em");
  }

  void show(String unifiedDiff) {
    removeAll();
    if (unifiedDiff == null || unifiedDiff.isBlank()) {
      add(new Div("The two versions are the same."));
      return;
    }
    unifiedDiff.lines().forEach(line -> add(line(line)));
  }

  private static Div line(String text) {
    Div line = new Div(text.isEmpty() ? " " : text);
    if (text.startsWith("+++") || text.startsWith("---")) {
      line.addClassName("diff-file");
      line.getStyle().set("font-weight", "600");
    } else if (text.startsWith("+")) {
      line.addClassName("diff-added");
      line.getStyle().set("background", "var(--lumo-success-color-10pct)")
          .set("color", "var(--lumo-success-text-color)");
    } else if (text.startsWith("-")) {
      line.addClassName("diff-removed");
      line.getStyle().set("background", "var(--lumo-error-color-10pct)")
          .set("color", "var(--lumo-error-text-color)");
    } else if (text.startsWith("@@")) {
      line.addClassName("diff-hunk");
      line.getStyle().set("color", "var(--lumo-secondary-text-color)");
    }
    return line;
  }
}
