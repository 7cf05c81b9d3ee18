package ai.xseven.studio.processes;

import ai.xseven.process.DiagramProblem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;

/** The problems of the last validation or deploy, beside the diagram; a click selects the element. */
class ProblemList extends Div {

  private final UnorderedList items = new UnorderedList();
  private final Paragraph empty = new Paragraph("Validate or deploy to check the diagram.");
  private SerializableConsumer<String> onSelect = id -> {};

  ProblemList() {
    setId("diagram-problems");
    setWidth("300px");
    getStyle().set("flex-shrink", "0").set("overflow", "auto");
    items.setId("diagram-problem-items");
    empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
    add(new H4("Problems"), empty, items);
  }

  void onSelect(SerializableConsumer<String> onSelect) {
    this.onSelect = onSelect;
  }

  void show(List<DiagramProblem> problems) {
    items.removeAll();
    empty.setText(problems.isEmpty() ? "No problems found." : "");
    empty.setVisible(problems.isEmpty());
    for (DiagramProblem problem : problems) {
      ListItem item = new ListItem(problem.describe());
      item.addClassName("diagram-problem");
      item.getStyle().set("color", "var(--lumo-error-text-color)");
      if (problem.elementId() != null) {
        item.getElement().setAttribute("data-element-id", problem.elementId());
        item.getStyle().set("cursor", "pointer");
        item.addClickListener(click -> onSelect.accept(problem.elementId()));
      }
      items.add(item);
    }
  }
}
