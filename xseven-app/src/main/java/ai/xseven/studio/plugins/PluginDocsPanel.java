package ai.xseven.studio.plugins;

import ai.xseven.plugin.PluginDocs;
import ai.xseven.plugin.PluginEntry;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * One plugin's documentation, the same sections as its derived Markdown, built from components
 * (text is never parsed as HTML, so whatever a plugin declares shows as written).
 */
class PluginDocsPanel extends VerticalLayout {

  PluginDocsPanel() {
    setId("plugin-docs");
    setPadding(false);
    getStyle().set("overflow", "auto");
    show(null);
  }

  void show(PluginEntry plugin) {
    removeAll();
    if (plugin == null) {
      add(new Paragraph("Select a plugin to read its documentation."));
      return;
    }
    H3 title = new H3(plugin.name());
    title.setId("plugin-docs-title");
    Paragraph identity = new Paragraph(plugin.id() + " · version " + plugin.version() + " · "
        + plugin.origin());
    identity.getStyle().set("margin-top", "0").set("color", "var(--lumo-secondary-text-color)");
    add(title, identity);
    if (!plugin.description().isBlank()) {
      add(new Paragraph(plugin.description()));
    }
    add(new H4("Input fields"));
    if (plugin.inputs().isEmpty()) {
      add(new Paragraph("None: the task needs no settings."));
    } else {
      add(inputs(plugin.inputs()));
    }
    add(new H4("Process variables"),
        variables("Reads", plugin.reads(), PluginDocs.READ),
        variables("Writes", plugin.outputs(), PluginDocs.WRITTEN),
        new H4("Running"), list(PluginDocs.running(plugin)));
    Anchor markdown = new Anchor("/api/v1/plugins/" + plugin.id() + "/docs",
        "This page as Markdown", AnchorTarget.BLANK);
    markdown.setRouterIgnore(true);
    markdown.setId("plugin-docs-markdown");
    add(markdown);
  }

  private static Grid<PluginEntry.Field> inputs(List<PluginEntry.Field> fields) {
    Grid<PluginEntry.Field> grid = new Grid<>();
    grid.setId("plugin-docs-inputs");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(field -> field.name().equals(field.label()) ? field.name()
        : field.name() + " (" + field.label() + ")").setHeader("Field").setAutoWidth(true);
    grid.addColumn(PluginEntry.Field::type).setHeader("Type").setAutoWidth(true);
    grid.addColumn(field -> field.required() ? "yes" : "no").setHeader("Required")
        .setAutoWidth(true).setTextAlign(ColumnTextAlign.CENTER);
    grid.addColumn(PluginEntry.Field::defaultValue).setHeader("Default").setAutoWidth(true);
    grid.addColumn(field -> String.join("; ", field.constraints())).setHeader("Constraints")
        .setFlexGrow(1);
    grid.addColumn(PluginEntry.Field::description).setHeader("Description").setFlexGrow(2);
    grid.setItems(fields);
    grid.setAllRowsVisible(true);
    return grid;
  }

  private static Paragraph variables(String verb, List<PluginEntry.Value> values,
      String requiredWord) {
    if (values.isEmpty()) {
      return new Paragraph(verb + ": none.");
    }
    return new Paragraph(verb + ": " + String.join("; ", values.stream()
        .map(value -> PluginDocs.variable(value, requiredWord)).toList()) + ".");
  }

  private static UnorderedList list(List<String> sentences) {
    UnorderedList list = new UnorderedList();
    sentences.forEach(sentence -> list.add(new ListItem(sentence)));
    return list;
  }
}
