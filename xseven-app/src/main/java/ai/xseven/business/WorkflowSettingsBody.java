package ai.xseven.business;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The owner API's shape of {@link WorkflowSettings}: reminder offsets as ISO-8601 durations
 * ({@code "PT24H"}), everything else in minutes. Reading it back checks every field and names each
 * one that is wrong, so the owner can fix them all at once.
 */
public record WorkflowSettingsBody(
    List<String> reminderOffsets,
    Integer checkInOpensMinutes,
    Integer noShowAfterMinutes,
    Integer followUpAfterMinutes,
    Integer orderAcceptTimeoutMinutes,
    Integer orderPrepareMinutes,
    Integer orderPickupMinutes,
    List<String> notificationChannels) {

  static final int MAX_REMINDERS = 5;
  static final Duration MAX_OFFSET = Duration.ofDays(30);
  private static final int DAY = 24 * 60;

  /** A field and what is wrong with it, e.g. {@code reminderOffsets[1]}. */
  public record FieldError(String field, String message) {}

  public static WorkflowSettingsBody of(WorkflowSettings settings) {
    return new WorkflowSettingsBody(
        settings.reminderOffsets().stream().map(Duration::toString).toList(),
        settings.checkInOpensMinutes(), settings.noShowAfterMinutes(),
        settings.followUpAfterMinutes(), settings.orderAcceptTimeoutMinutes(),
        settings.orderPrepareMinutes(), settings.orderPickupMinutes(),
        settings.notificationChannels());
  }

  /** What is wrong, field by field; empty when {@link #toSettings()} may be called. */
  List<FieldError> errors(Set<String> installedChannels) {
    List<FieldError> errors = new ArrayList<>();
    checkOffsets(errors);
    minutes(errors, "checkInOpensMinutes", checkInOpensMinutes, 0, DAY);
    minutes(errors, "noShowAfterMinutes", noShowAfterMinutes, 1, DAY);
    minutes(errors, "followUpAfterMinutes", followUpAfterMinutes, 0, 7 * DAY);
    minutes(errors, "orderAcceptTimeoutMinutes", orderAcceptTimeoutMinutes, 1, DAY);
    minutes(errors, "orderPrepareMinutes", orderPrepareMinutes, 1, DAY);
    minutes(errors, "orderPickupMinutes", orderPickupMinutes, 1, DAY);
    checkChannels(errors, installedChannels);
    return errors;
  }

  WorkflowSettings toSettings() {
    return new WorkflowSettings(reminderOffsets.stream().map(Duration::parse).toList(),
        checkInOpensMinutes, noShowAfterMinutes, followUpAfterMinutes, orderAcceptTimeoutMinutes,
        orderPrepareMinutes, orderPickupMinutes, notificationChannels);
  }

  private void checkOffsets(List<FieldError> errors) {
    if (reminderOffsets == null) {
      errors.add(new FieldError("reminderOffsets",
          "is required: a list of ISO-8601 durations before the appointment, e.g. [\"PT24H\", "
              + "\"PT1H\"], or [] for no reminders."));
      return;
    }
    if (reminderOffsets.size() > MAX_REMINDERS) {
      errors.add(new FieldError("reminderOffsets", "may list at most " + MAX_REMINDERS
          + " reminders, not " + reminderOffsets.size() + "."));
    }
    Set<Duration> seen = new HashSet<>();
    for (int i = 0; i < reminderOffsets.size(); i++) {
      String field = "reminderOffsets[" + i + "]";
      String text = reminderOffsets.get(i);
      Duration offset;
      try {
        offset = Duration.parse(text == null ? "" : text.strip());
      } catch (DateTimeParseException e) {
        errors.add(new FieldError(field, "'" + text + "' is not an ISO-8601 duration such as "
            + "PT24H, PT90M or P2D."));
        continue;
      }
      if (offset.isNegative() || offset.isZero()) {
        errors.add(new FieldError(field, text + " must be longer than zero."));
      } else if (offset.compareTo(MAX_OFFSET) > 0) {
        errors.add(new FieldError(field, text + " is more than 30 days before the appointment."));
      } else if (offset.toSeconds() % 60 != 0) {
        errors.add(new FieldError(field, text + " must be a whole number of minutes."));
      } else if (!seen.add(offset)) {
        errors.add(new FieldError(field, text + " is listed twice."));
      }
    }
  }

  private static void minutes(List<FieldError> errors, String field, Integer value, int min,
      int max) {
    if (value == null) {
      errors.add(new FieldError(field, "is required (minutes, " + min + " to " + max + ")."));
    } else if (value < min || value > max) {
      errors.add(new FieldError(field, "must be between " + min + " and " + max
          + " minutes, not " + value + "."));
    }
  }

  private void checkChannels(List<FieldError> errors, Set<String> installed) {
    String known = String.join(", ", installed.stream().sorted().toList());
    if (notificationChannels == null || notificationChannels.isEmpty()) {
      errors.add(new FieldError("notificationChannels",
          "needs at least one channel; this installation has " + known + "."));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < notificationChannels.size(); i++) {
      String name = notificationChannels.get(i);
      String field = "notificationChannels[" + i + "]";
      if (name == null || !installed.contains(name)) {
        errors.add(new FieldError(field, "'" + name + "' is not an installed channel; choose "
            + "from " + known + "."));
      } else if (!seen.add(name)) {
        errors.add(new FieldError(field, name + " is listed twice."));
      }
    }
  }
}
