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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The widget's key (with a regenerate action), the page origins allowed to embed it, and how long
 * a customer's conversation is kept in their browser.
 */
class WidgetTab extends VerticalLayout {

  private final TextField key = new TextField("Widget key");
  private final TextArea origins = new TextArea("Allowed origins");
  private final Pre snippet = new Pre();
  private final String slug;
  private final IntegerField ttl = new IntegerField("Keep a conversation for (hours)");

  WidgetTab(BusinessProfile business, BusinessSettings settings, String actor) {
    setPadding(false);
    slug = business.slug();
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
      confirm.add(new Paragraph("The old key stops working at once: every site that embeds "
          + "the widget needs the new one in its snippet."));
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

    ttl.setId("widget-conversation-ttl");
    ttl.setMin(1);
    ttl.setMax(BusinessSettings.MAX_CONVERSATION_TTL_HOURS);
    ttl.setStepButtonsVisible(true);
    ttl.setHelperText("After this a returning visitor starts a new conversation (1 to 720).");
    ttl.setValue(settings.conversationTtlHours(business.id()));
    Button saveTtl = new Button("Save expiry", click -> {
      try {
        if (ttl.getValue() == null) {
          throw new IllegalArgumentException("Give a number of hours, from 1 to 720.");
        }
        settings.changeConversationTtl(business.id(), ttl.getValue(), actor);
        ttl.setInvalid(false);
        Feedback.saved("Conversations are kept for " + ttl.getValue() + " hours.");
      } catch (IllegalArgumentException wrong) {
        ttl.setErrorMessage(wrong.getMessage());
        ttl.setInvalid(true);
      }
    });
    saveTtl.setId("save-widget-conversation-ttl");
    HorizontalLayout ttlRow = new HorizontalLayout(ttl, saveTtl);
    ttlRow.setAlignItems(Alignment.BASELINE);

    Paragraph help = new Paragraph("Pages on another site embed the widget with this key, from "
        + "an allowed origin only. Optional attributes: data-lang, data-color, data-position, "
        + "data-title, data-avatar, data-greeting.");
    help.setId("widget-help");
    snippet.setId("widget-snippet");
    add(help, keyRow, origins, save, ttlRow, new Paragraph("Embed snippet:"), snippet);
  }

  private void show(WidgetSettings widget) {
    key.setValue(widget.key());
    origins.setValue(String.join("\n", widget.allowedOrigins()));
    snippet.setText("<script src=\"https://YOUR-X-SEVEN-HOST/widget.js\"\n"
        + "        data-business=\"" + slug + "\"\n"
        + "        data-key=\"" + widget.key() + "\" async></script>");
  }
}
