package ai.xseven.studio.rules;

import ai.xseven.rules.CompileError;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The compiler's verdict under the editor: each problem with its place, or that all is well. */
class ProblemsList extends Div {

  private final DrlEditor editor;
  private final Span summary = new Span();
  private final UnorderedList items = new UnorderedList();
  private List<CompileError> problems = List.of();

  ProblemsList(DrlEditor editor) {
    this.editor = editor;
    setId("problems");
    summary.setId("problems-summary");
    summary.getStyle().set("font-weight", "600");
    items.getStyle().set("margin", "var(--lumo-space-xs) 0").set("padding-left", "1.2em")
        .set("max-height", "8em").set("overflow", "auto");
    add(summary, items);
    show(List.of());
  }

  void show(List<CompileError> found) {
    problems = List.copyOf(found);
    items.removeAll();
    if (problems.isEmpty()) {
      summary.setText("No problems: the rule set compiles.");
      summary.getStyle().set("color", "var(--lumo-success-text-color)");
      return;
    }
    summary.setText(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
    summary.getStyle().set("color", "var(--lumo-error-text-color)");
    for (CompileError problem : problems) {
      ListItem item = new ListItem(place(problem) + problem.message());
      item.addClassName("problem");
      item.getStyle().set("cursor", "pointer").set("white-space", "pre-wrap")
          .set("font-size", "var(--lumo-font-size-s)");
      item.getElement().addEventListener("click",
          click -> editor.goTo(problem.line(), problem.column()));
      items.add(item);
    }
  }

  boolean compiles() {
    return problems.isEmpty();
  }

  private static String place(CompileError problem) {
    if (problem.line() <= 0) {
      return "";
    }
    return "Line " + problem.line() + (problem.column() > 0 ? ", column " + problem.column() : "")
        + ": ";
  }
}
