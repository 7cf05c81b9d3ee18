package ai.xseven.studio.secrets;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.plugin.PluginSecrets;
import ai.xseven.plugin.StoredSecret;
import ai.xseven.security.StudioSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The secrets plugin fields name (an SMTP password, an API token), for all businesses or for one.
 * A value is typed once and never shown again: the list has names and who changed them when.
 * The environment ({@code XSEVEN_SECRET_<NAME>}) still wins over what is stored here.
 */
@Route("secrets")
@PageTitle("Secrets · X-Seven studio")
@Menu(order = 80, title = "Secrets", icon = "vaadin:key")
@RolesAllowed("ADMIN")
class SecretsView extends VerticalLayout {

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
  private static final String ALL = "All businesses";

  private final PluginSecrets secrets;
  private final StudioSession session;
  private final Map<UUID, String> businessNames;
  private final Grid<StoredSecret> grid = new Grid<>();

  SecretsView(PluginSecrets secrets, BusinessService businesses, StudioSession session) {
    this.secrets = secrets;
    this.session = session;
    this.businessNames = businesses.list().stream()
        .collect(Collectors.toMap(BusinessProfile::id, BusinessProfile::name));
    setId("secrets");
    Paragraph help = new Paragraph("Plugin fields of the kind 'secret' name one of these. A "
        + "business's own secret wins over the one for all businesses; an environment variable "
        + "XSEVEN_SECRET_<NAME> wins over both. Values are encrypted and never shown again.");
    add(new H2("Secrets"), help, form(businesses), list());
    refresh();
  }

  private Component form(BusinessService businesses) {
    Select<Optional<BusinessProfile>> scope = new Select<>();
    scope.setId("secret-scope");
    scope.setLabel("For");
    scope.setItemLabelGenerator(choice -> choice.map(BusinessProfile::name).orElse(ALL));
    scope.setItems(Stream.concat(Stream.of(Optional.<BusinessProfile>empty()),
        businesses.list().stream().map(Optional::of)).toList());
    scope.setValue(Optional.empty());
    TextField name = new TextField("Name");
    name.setId("secret-name");
    name.setPlaceholder("smtp.password");
    PasswordField value = new PasswordField("Value");
    value.setId("secret-value");
    value.setRevealButtonVisible(false);
    Button save = new Button("Save secret", click -> {
      UUID business = scope.getValue().map(BusinessProfile::id).orElse(null);
      try {
        secrets.save(business, name.getValue().strip(), value.getValue(), actor());
      } catch (IllegalArgumentException wrong) {
        notify(wrong.getMessage(), NotificationVariant.LUMO_ERROR);
        return;
      }
      value.clear();
      notify("Saved " + name.getValue().strip() + " for "
          + scope.getValue().map(BusinessProfile::name).orElse("all businesses") + ".",
          NotificationVariant.LUMO_SUCCESS);
      name.clear();
      refresh();
    });
    save.setId("save-secret");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(scope, name, value, save);
    form.setAlignItems(Alignment.BASELINE);
    return form;
  }

  private Component list() {
    grid.setId("secrets-grid");
    grid.addColumn(StoredSecret::name).setHeader("Name").setAutoWidth(true);
    grid.addColumn(secret -> secret.businessId() == null ? ALL
        : businessNames.getOrDefault(secret.businessId(), secret.businessId().toString()))
        .setHeader("For").setAutoWidth(true);
    grid.addColumn(secret -> AT.format(secret.updatedAt())).setHeader("Changed")
        .setAutoWidth(true);
    grid.addColumn(StoredSecret::updatedBy).setHeader("By").setAutoWidth(true);
    grid.addComponentColumn(this::deleteButton).setHeader("").setAutoWidth(true);
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Component deleteButton(StoredSecret secret) {
    Button delete = new Button("Delete", click -> {
      secrets.delete(secret.businessId(), secret.name(), actor());
      notify("Deleted " + secret.name() + ".", NotificationVariant.LUMO_CONTRAST);
      refresh();
    });
    delete.setId(("delete-secret-" + secret.name() + "-"
        + (secret.businessId() == null ? "all" : secret.businessId()))
        .replaceAll("[^A-Za-z0-9-]", "-"));
    delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    return delete;
  }

  private void refresh() {
    grid.setItems(secrets.stored());
  }

  private String actor() {
    return "studio:" + session.require().username();
  }

  private static void notify(String text, NotificationVariant variant) {
    Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
  }
}
