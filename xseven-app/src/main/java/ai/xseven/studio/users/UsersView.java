package ai.xseven.studio.users;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.security.StudioAccount;
import ai.xseven.security.StudioAccounts;
import ai.xseven.security.StudioRole;
import ai.xseven.security.StudioSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The studio's accounts: create one, disable or enable it, reset its password. Admins only. */
@Route("users")
@PageTitle("Users · X-Seven studio")
@Menu(order = 90, title = "Users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

  private final StudioAccounts accounts;
  private final StudioAccount me;
  private final Map<UUID, String> businessNames;
  private final Grid<StudioAccount> grid = new Grid<>(StudioAccount.class, false);

  UsersView(StudioAccounts accounts, StudioSession session, BusinessService businesses) {
    this.accounts = accounts;
    this.me = session.require();
    this.businessNames = businesses.list().stream()
        .collect(Collectors.toMap(BusinessProfile::id, BusinessProfile::name));
    grid.setId("users");
    grid.addColumn(StudioAccount::username).setHeader("User").setAutoWidth(true);
    grid.addColumn(account -> account.role().name().toLowerCase()).setHeader("Role");
    grid.addColumn(account -> account.businessId() == null ? ""
        : businessNames.getOrDefault(account.businessId(), account.businessId().toString()))
        .setHeader("Business").setAutoWidth(true);
    grid.addColumn(account -> account.enabled() ? "enabled" : "disabled").setHeader("Status");
    grid.addComponentColumn(this::actions).setAutoWidth(true);
    grid.setAllRowsVisible(true);
    add(new H2("Users"), grid, new H3("New user"), createForm(businesses));
    refresh();
  }

  private void refresh() {
    grid.setItems(accounts.list());
  }

  private FormLayout createForm(BusinessService businesses) {
    TextField username = new TextField("User name");
    username.setId("new-username");
    PasswordField password = new PasswordField("Password");
    password.setId("new-password");
    password.setHelperText("At least 10 characters");
    Select<StudioRole> role = new Select<>();
    role.setId("new-role");
    role.setLabel("Role");
    role.setItems(StudioRole.values());
    role.setItemLabelGenerator(r -> r.name().toLowerCase());
    role.setValue(StudioRole.ANALYST);
    Select<BusinessProfile> business = new Select<>();
    business.setId("new-business");
    business.setLabel("Business (owners only)");
    business.setItems(businesses.list());
    business.setItemLabelGenerator(BusinessProfile::name);
    business.setEnabled(false);
    role.addValueChangeListener(change -> {
      boolean owner = change.getValue() == StudioRole.OWNER;
      business.setEnabled(owner);
      if (!owner) {
        business.clear();
      }
    });
    Paragraph error = new Paragraph();
    error.setId("new-user-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    Button create = new Button("Create user", click -> {
      error.setText("");
      try {
        StudioAccount created = accounts.create(username.getValue(), password.getValue(),
            role.getValue(), business.getValue() == null ? null : business.getValue().id());
        username.clear();
        password.clear();
        refresh();
        tell(created.username() + " can sign in now.", true);
      } catch (IllegalArgumentException refused) {
        error.setText(refused.getMessage());
      }
    });
    create.setId("create-user");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    FormLayout form = new FormLayout(username, password, role, business, create, error);
    form.setColspan(error, 2);
    return form;
  }

  private HorizontalLayout actions(StudioAccount account) {
    Button toggle = new Button(account.enabled() ? "Disable" : "Enable", click -> {
      accounts.setEnabled(account.id(), !account.enabled());
      refresh();
      tell(account.username() + (account.enabled() ? " can no longer sign in."
          : " can sign in again."), true);
    });
    toggle.setId((account.enabled() ? "disable-" : "enable-") + account.username());
    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
    // Locking oneself out of the studio is never what was meant.
    toggle.setEnabled(!account.id().equals(me.id()));
    Button reset = new Button("Reset password", click -> resetPassword(account));
    reset.setId("reset-password-" + account.username());
    reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return new HorizontalLayout(toggle, reset);
  }

  private void resetPassword(StudioAccount account) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("New password for " + account.username());
    PasswordField password = new PasswordField("New password");
    password.setId("reset-password");
    password.setHelperText("At least 10 characters; tell it to them yourself.");
    Button save = new Button("Set password", click -> {
      try {
        accounts.changePassword(account.id(), password.getValue());
        dialog.close();
        tell("The password of " + account.username() + " is changed.", true);
      } catch (IllegalArgumentException refused) {
        password.setErrorMessage(refused.getMessage());
        password.setInvalid(true);
      }
    });
    save.setId("reset-password-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(password);
    dialog.getFooter().add(new Button("Back", click -> dialog.close()), save);
    dialog.open();
  }

  private static void tell(String text, boolean good) {
    Notification note = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
    note.addThemeVariants(good ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
  }
}
