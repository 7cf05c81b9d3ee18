package ai.xseven.studio.businesses;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.BusinessSettings;
import ai.xseven.business.WorkflowSettings;
import ai.xseven.business.WorkflowSettingsBody;
import ai.xseven.business.WorkflowSettingsBody.FieldError;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the business's appointment and order workflows do: reminders, check-in and no-show,
 * follow-up, order timeouts and the notification channels. Each wrong field says what is wrong.
 */
class WorkflowSettingsTab extends VerticalLayout {

  private static final Pattern REMINDER_ENTRY = Pattern.compile("reminderOffsets\\[(\\d+)]");

  private final TextField reminders = new TextField("Reminders before an appointment");
  private final Map<String, IntegerField> minutes = new LinkedHashMap<>();
  private final CheckboxGroup<String> channels = new CheckboxGroup<>("Notify customers by");

  WorkflowSettingsTab(BusinessProfile business, BusinessService businesses,
      BusinessSettings settings, String actor) {
    setPadding(false);
    WorkflowSettingsBody current = WorkflowSettingsBody.of(
        businesses.workflowSettings(business.id()).orElse(WorkflowSettings.DEFAULTS));
    reminders.setId("reminder-offsets");
    reminders.setHelperText("e.g. 24h, 1h (also 30m or 2d); empty for no reminders");
    reminders.setValue(ReminderText.format(current.reminderOffsets()));
    minutes("checkInOpensMinutes", "Check-in opens (minutes before)", current.checkInOpensMinutes());
    minutes("noShowAfterMinutes", "No-show after (minutes late)", current.noShowAfterMinutes());
    minutes("followUpAfterMinutes", "Feedback request (minutes after)",
        current.followUpAfterMinutes());
    minutes("orderAcceptTimeoutMinutes", "Order rejected if not accepted within (minutes)",
        current.orderAcceptTimeoutMinutes());
    minutes("orderPrepareMinutes", "Preparing an order takes (minutes)",
        current.orderPrepareMinutes());
    minutes("orderPickupMinutes", "A ready order waits for pick-up (minutes)",
        current.orderPickupMinutes());
    channels.setId("notification-channels");
    channels.setItems(settings.notificationChannels().stream().sorted().toList());
    channels.select(current.notificationChannels());

    FormLayout form = new FormLayout(reminders);
    minutes.values().forEach(form::add);
    form.add(channels);
    var error = Feedback.errorLine("workflow-settings-error");
    Button save = new Button("Save workflow settings", click -> {
      clearErrors();
      error.setText("");
      WorkflowSettingsBody wanted = new WorkflowSettingsBody(ReminderText.parse(reminders.getValue()),
          value("checkInOpensMinutes"), value("noShowAfterMinutes"),
          value("followUpAfterMinutes"), value("orderAcceptTimeoutMinutes"),
          value("orderPrepareMinutes"), value("orderPickupMinutes"),
          new ArrayList<>(channels.getSelectedItems()));
      List<FieldError> errors = settings.changeWorkflowSettings(business.id(), wanted, actor);
      if (errors.isEmpty()) {
        Feedback.saved("Workflow settings saved; bookings and orders made from now on use them.");
        return;
      }
      errors.forEach(this::show);
      error.setText("Nothing was saved: fix the marked fields.");
    });
    save.setId("save-workflow-settings");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new Paragraph("Workflows read these settings when they start: a change applies to "
        + "bookings and orders made after it."), form, error, save);
  }

  private void minutes(String field, String label, Integer value) {
    IntegerField input = new IntegerField(label);
    input.setId(field);
    input.setValue(value);
    minutes.put(field, input);
  }

  private Integer value(String field) {
    return minutes.get(field).getValue();
  }

  private void clearErrors() {
    reminders.setInvalid(false);
    channels.setInvalid(false);
    minutes.values().forEach(field -> field.setInvalid(false));
  }

  /** {@code reminderOffsets[1]} marks the reminders field, and so on. */
  private void show(FieldError error) {
    String field = error.field().replaceAll("\\[\\d+]$", "");
    String message = error.message();
    Matcher entry = REMINDER_ENTRY.matcher(error.field());
    if (entry.matches()) {
      List<String> typed = ReminderText.entries(reminders.getValue());
      int index = Integer.parseInt(entry.group(1));
      if (index < typed.size()) {
        message = ReminderText.explain(typed.get(index), message);
      }
    }
    HasValidation target = switch (field) {
      case "reminderOffsets" -> reminders;
      case "notificationChannels" -> channels;
      default -> minutes.get(field);
    };
    if (target == null) {
      return;
    }
    String previous = target.isInvalid() && target.getErrorMessage() != null
        ? target.getErrorMessage() + " " : "";
    target.setErrorMessage(previous + message);
    target.setInvalid(true);
  }
}
