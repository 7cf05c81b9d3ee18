package ai.xseven.studio.plugins;

import ai.xseven.plugin.PluginCatalog;
import ai.xseven.plugin.PluginEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The installed service-task plugins with the documentation derived from each one's
 * declaration, and, where nobody can miss them, the plugin jars that could not be installed and
 * why. Plugins are installed at start-up, so the page shows what this node runs.
 */
@Route("plugins")
@PageTitle("Plugins · X-Seven studio")
@Menu(order = 15, title = "Plugins", icon = "vaadin:plug")
@RolesAllowed({"ADMIN", "ANALYST"})
class PluginsView extends VerticalLayout {

  private final Grid<PluginEntry> plugins = new Grid<>();
  private final PluginDocsPanel docs = new PluginDocsPanel();

  PluginsView(PluginCatalog catalog) {
    setSizeFull();
    add(new H2("Plugins"), brokenJars(catalog.brokenJars()));

    plugins.setId("plugins-grid");
    plugins.addColumn(PluginEntry::id).setHeader("Id").setAutoWidth(true);
    plugins.addColumn(PluginEntry::name).setHeader("Name").setFlexGrow(1);
    plugins.addColumn(PluginEntry::version).setHeader("Version").setAutoWidth(true);
    plugins.addColumn(PluginEntry::origin).setHeader("Origin").setAutoWidth(true);
    plugins.addColumn(plugin -> plugin.agentTool() ? "yes" : "no").setHeader("Agent tool")
        .setAutoWidth(true);
    ListDataProvider<PluginEntry> rows = new ListDataProvider<>(catalog.plugins());
    plugins.setItems(rows);
    plugins.setHeightFull();
    plugins.setWidth("50%");
    plugins.getStyle().set("flex-shrink", "0");
    plugins.asSingleSelect().addValueChangeListener(event -> docs.show(event.getValue()));

    TextField filter = new TextField();
    filter.setId("plugins-filter");
    filter.setPlaceholder("Filter by id, name or origin");
    filter.setClearButtonVisible(true);
    filter.setWidth("20em");
    filter.setPrefixComponent(VaadinIcon.SEARCH.create());
    filter.setValueChangeMode(ValueChangeMode.EAGER);
    filter.addValueChangeListener(event -> rows.setFilter(plugin -> matches(plugin,
        event.getValue())));
    add(filter);

    HorizontalLayout body = new HorizontalLayout(plugins, docs);
    body.setSizeFull();
    body.setFlexGrow(1, docs);
    docs.getStyle().set("min-width", "0");
    addAndExpand(body);
  }

  private static boolean matches(PluginEntry plugin, String filter) {
    String wanted = filter.strip().toLowerCase(Locale.ROOT);
    return wanted.isEmpty() || Stream.of(plugin.id(), plugin.name(), plugin.origin())
        .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(wanted));
  }

  private static Component brokenJars(List<PluginCatalog.BrokenJar> broken) {
    Div box = new Div();
    box.setId("broken-plugin-jars");
    box.setWidthFull();
    if (broken.isEmpty()) {
      Paragraph fine = new Paragraph("Every jar in the plugins folder is installed.");
      fine.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
      box.add(fine);
      return box;
    }
    box.getStyle().set("box-sizing", "border-box")
        .set("border", "2px solid var(--lumo-error-color)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("background", "var(--lumo-error-color-10pct)")
        .set("padding", "0 var(--lumo-space-m)");
    H3 title = new H3("Plugin jars that could not be installed");
    title.getStyle().set("color", "var(--lumo-error-text-color)");
    UnorderedList list = new UnorderedList();
    for (PluginCatalog.BrokenJar jar : broken) {
      Span name = new Span(jar.jar());
      name.getStyle().set("font-weight", "600");
      ListItem item = new ListItem(name, new Span(": " + jar.reason()));
      item.addClassName("broken-plugin-jar");
      item.getElement().setAttribute("data-jar", jar.jar());
      list.add(item);
    }
    box.add(title, list, new Paragraph("Fix or remove the jar and restart X-Seven; every other "
        + "plugin runs as usual."));
    return box;
  }
}
