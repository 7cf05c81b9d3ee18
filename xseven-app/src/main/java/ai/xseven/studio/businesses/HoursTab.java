package ai.xseven.studio.businesses;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.BusinessSettings;
import ai.xseven.business.ChangeRefusedException;
import ai.xseven.business.OpeningPeriod;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The week's opening hours (one line per day) and the capacity. */
class HoursTab extends VerticalLayout {

  private final BusinessProfile business;
  private final BusinessSettings settings;
  private final String actor;
  private final Map<DayOfWeek, TextField> days = new EnumMap<>(DayOfWeek.class);

  HoursTab(BusinessProfile business, BusinessService businesses, BusinessSettings settings,
      String actor) {
    this.business = business;
    this.settings = settings;
    this.actor = actor;
    setPadding(false);
    Map<DayOfWeek, List<OpeningPeriod>> week = businesses.openingHours(business.id()).stream()
        .collect(Collectors.groupingBy(OpeningPeriod::dayOfWeek));
    FormLayout hours = new FormLayout();
    for (DayOfWeek day : DayOfWeek.values()) {
      TextField field = new TextField(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
      field.setId("hours-" + day.name().toLowerCase(Locale.ROOT));
      field.setPlaceholder("closed");
      field.setValue(OpeningHoursText.format(week.getOrDefault(day, List.of())));
      days.put(day, field);
      hours.add(field);
    }
    var hoursError = Feedback.errorLine("hours-error");
    Button saveHours = new Button("Save opening hours", click -> saveHours(hoursError));
    saveHours.setId("save-hours");
    saveHours.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    IntegerField capacity = new IntegerField(
        business.kind().name().equals("SALON") ? "Chairs (parallel appointments)" : "Seats");
    capacity.setId("capacity");
    capacity.setValue(business.capacity());
    IntegerField slot = new IntegerField(business.kind().name().equals("SALON")
        ? "Default appointment length (minutes)" : "Table held for (minutes)");
    slot.setId("slot-minutes");
    slot.setValue(business.slotMinutes());
    var capacityError = Feedback.errorLine("capacity-error");
    Button saveCapacity = new Button("Save capacity", click -> {
      capacityError.setText("");
      if (capacity.getValue() == null || slot.getValue() == null) {
        capacityError.setText("Give both numbers.");
        return;
      }
      try {
        settings.changeCapacity(business.id(), capacity.getValue(), slot.getValue(), actor);
        Feedback.saved("Capacity saved.");
      } catch (IllegalArgumentException wrong) {
        capacityError.setText(wrong.getMessage());
      }
    });
    saveCapacity.setId("save-capacity");
    add(new H4("Opening hours"), hours, hoursError, saveHours, new H4("Capacity"),
        new FormLayout(capacity, slot), capacityError, saveCapacity);
  }

  private void saveHours(com.vaadin.flow.component.html.Paragraph error) {
    error.setText("");
    List<OpeningPeriod> week = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    days.forEach((day, field) -> {
      try {
        week.addAll(OpeningHoursText.parse(day, field.getValue()));
        field.setInvalid(false);
      } catch (IllegalArgumentException wrong) {
        field.setInvalid(true);
        problems.add(wrong.getMessage());
      }
    });
    if (!problems.isEmpty()) {
      error.setText(String.join(" ", problems));
      return;
    }
    try {
      settings.replaceOpeningHours(business.id(), week, actor);
      Feedback.saved("Opening hours saved.");
    } catch (ChangeRefusedException refused) {
      error.setText(refused.getMessage());
    }
  }
}
