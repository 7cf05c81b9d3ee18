package ai.xseven.studio.businesses;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.BusinessSettings;
import ai.xseven.business.CatalogEntry;
import ai.xseven.business.CatalogItemDraft;
import ai.xseven.business.ChangeRefusedException;
import ai.xseven.business.NotFoundException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.Function;

/**
 * The catalog with its prices: add, edit and remove items. Prices go through the menu-change
 * policy as they do over the owner API, so a refusal reads as the policy's sentence.
 */
class CatalogTab extends VerticalLayout {

  private final BusinessProfile business;
  private final BusinessService businesses;
  private final BusinessSettings settings;
  private final String actor;
  private final Grid<CatalogEntry> grid = new Grid<>(CatalogEntry.class, false);

  CatalogTab(BusinessProfile business, BusinessService businesses, BusinessSettings settings,
      String actor) {
    this.business = business;
    this.businesses = businesses;
    this.settings = settings;
    this.actor = actor;
    setPadding(false);
    grid.setId("catalog");
    grid.addColumn(CatalogEntry::category).setHeader("Category").setAutoWidth(true);
    grid.addColumn(CatalogEntry::name).setHeader("Item").setAutoWidth(true);
    grid.addColumn(CatalogEntry::description).setHeader("Description").setFlexGrow(1);
    grid.addColumn(CatalogEntry::formattedPrice).setHeader("Price").setAutoWidth(true);
    if (isSalon()) {
      grid.addColumn(entry -> entry.durationMinutes() + " min").setHeader("Duration");
    }
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
    grid.setAllRowsVisible(true);
    Button add = new Button("Add item", click -> edit(null));
    add.setId("add-item");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(add, grid);
    refresh();
  }

  private void refresh() {
    grid.setItems(businesses.catalog(business.id()));
  }

  private boolean isSalon() {
    return business.kind() == BusinessKind.SALON;
  }

  private HorizontalLayout actions(CatalogEntry entry) {
    Button edit = new Button("Edit", click -> edit(entry));
    edit.setId("edit-" + slug(entry.name()));
    edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
    Button remove = new Button("Remove", click -> remove(entry));
    remove.setId("remove-" + slug(entry.name()));
    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    return new HorizontalLayout(edit, remove);
  }

  /** {@code entry} null: a new item. */
  private void edit(CatalogEntry entry) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(entry == null ? "Add an item" : "Edit " + entry.name());
    TextField category = new TextField("Category");
    category.setId("item-category");
    TextField name = new TextField("Name");
    name.setId("item-name");
    TextField description = new TextField("Description");
    description.setId("item-description");
    BigDecimalField price = new BigDecimalField("Price (USD)");
    price.setId("item-price");
    IntegerField minutes = new IntegerField("Duration (minutes)");
    minutes.setId("item-duration");
    minutes.setVisible(isSalon());
    if (entry != null) {
      category.setValue(entry.category());
      name.setValue(entry.name());
      description.setValue(entry.description() == null ? "" : entry.description());
      price.setValue(BigDecimal.valueOf(entry.priceCents(), 2));
      minutes.setValue(entry.durationMinutes());
    }
    var error = Feedback.errorLine("item-error");
    Button save = new Button("Save", click -> {
      if (price.getValue() == null || price.getValue().stripTrailingZeros().scale() > 2
          || price.getValue().abs().compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
        error.setText("Give the price in dollars and cents, e.g. 14.50.");
        return;
      }
      int cents = price.getValue().movePointRight(2).setScale(0, RoundingMode.UNNECESSARY)
          .intValue();
      CatalogItemDraft draft = new CatalogItemDraft(category.getValue(), name.getValue(),
          description.getValue(), cents, isSalon() ? minutes.getValue() : null);
      String problem = attempt(entry == null
          ? ignored -> settings.addItem(business.id(), draft, actor)
          : ignored -> settings.editItem(business.id(), entry.id(), draft, actor));
      if (problem != null) {
        error.setText(problem);
        return;
      }
      dialog.close();
      refresh();
      Feedback.saved(draft.name().strip() + " saved.");
    });
    save.setId("item-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    FormLayout form = new FormLayout(category, name, description, price, minutes);
    dialog.add(form, error);
    dialog.getFooter().add(new Button("Back", click -> dialog.close()), save);
    dialog.open();
  }

  private void remove(CatalogEntry entry) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Remove " + entry.name() + "?");
    var error = Feedback.errorLine("remove-error");
    Button confirm = new Button("Remove", click -> {
      String problem = attempt(ignored -> {
        settings.removeItem(business.id(), entry.id(), actor);
        return null;
      });
      if (problem != null) {
        error.setText(problem);
        return;
      }
      dialog.close();
      refresh();
      Feedback.saved(entry.name() + " removed.");
    });
    confirm.setId("remove-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    dialog.add(new Paragraph("Customers will no longer see it; past orders keep it."), error);
    dialog.getFooter().add(new Button("Back", click -> dialog.close()), confirm);
    dialog.open();
  }

  /** @return the sentence saying why the change was refused, or null when it was made */
  private static String attempt(Function<Void, ?> change) {
    try {
      change.apply(null);
      return null;
    } catch (ChangeRefusedException | IllegalArgumentException | NotFoundException refused) {
      return refused.getMessage();
    }
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
