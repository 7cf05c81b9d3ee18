package ai.xseven.studio.businesses;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessSettings;
import ai.xseven.business.WidgetSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The widget's key (with a regenerate action) and the page origins allowed to embed it. */
class WidgetTab extends VerticalLayout {

  private final TextField key = new TextField("Widget key");
  private final TextArea origins = new TextArea("Allowed origins");

  WidgetTab(BusinessProfile business, BusinessSettings settings, String actor) {
    setPadding(false);
    key.setId("widget-key");
    key.setReadOnly(true);
    key.setWidth("40em");
    origins.setId("widget-origins");
    origins.setWidth("40em");
    origins.setHelperText("One per line, like https://example.com or http://localhost:3000.");
    show(settings.widget(business.id()));

    Button regenerate = new Button("Regenerate key", click -> {
      Dialog confirm = new Dialog();
      confirm.setHeaderTitle("Regenerate the widget key?");
      confirm.add(new Paragraph("The old key stops being this business's at once; pages that "
          + "embed it need the new one once the key is enforced."));
      Button go = new Button("Regenerate", done -> {
        show(settings.regenerateWidgetKey(business.id(), actor));
        confirm.close();
        Feedback.saved("A new widget key was generated.");
      });
      go.setId("regenerate-confirm");
      go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
      confirm.getFooter().add(new Button("Back", back -> confirm.close()), go);
      confirm.open();
    });
    regenerate.setId("regenerate-widget-key");
    HorizontalLayout keyRow = new HorizontalLayout(key, regenerate);
    keyRow.setAlignItems(Alignment.BASELINE);

    Button save = new Button("Save allowed origins", click -> {
      try {
        show(settings.changeAllowedOrigins(business.id(), origins.getValue(), actor));
        origins.setInvalid(false);
        Feedback.saved("Allowed origins saved.");
      } catch (IllegalArgumentException wrong) {
        origins.setErrorMessage(wrong.getMessage());
        origins.setInvalid(true);
      }
    });
    save.setId("save-widget-origins");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    Paragraph help = new Paragraph("The key and the allowed origins are stored and editable now;"
        + " the widget and the public API start enforcing them in issue 7. Until then any page "
        + "may embed the widget with the business id alone.");
    help.setId("widget-help");
    Pre snippet = new Pre("<script src=\"https://YOUR-X-SEVEN-HOST/widget.js\"\n"
        + "        data-business-id=\"" + business.id() + "\" async></script>");
    add(help, keyRow, origins, save, new Paragraph("Embed snippet:"), snippet);
  }

  private void show(WidgetSettings widget) {
    key.setValue(widget.key());
    origins.setValue(String.join("\n", widget.allowedOrigins()));
  }
}
