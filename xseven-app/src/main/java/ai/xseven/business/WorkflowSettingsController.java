package ai.xseven.business;

import static org.springframework.http.HttpHeaders.AUTHORIZATION;

import ai.xseven.business.WorkflowSettingsBody.FieldError;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a business's appointment and order workflows do: anyone may read it; only the business's
 * signed-in owner may change it, and each change is audited. Workflows read the settings when they
 * start, so a change applies to bookings and orders made after it.
 */
@RestController
@RequestMapping("/api/v1/businesses/{businessId}/workflow-settings")
class WorkflowSettingsController {

  private final BusinessService businesses;
  private final BusinessOwners owners;
  private final NotificationChannelNames channels;
  private final ApplicationEventPublisher events;

  WorkflowSettingsController(BusinessService businesses, BusinessOwners owners,
      NotificationChannelNames channels, ApplicationEventPublisher events) {
    this.businesses = businesses;
    this.owners = owners;
    this.channels = channels;
    this.events = events;
  }

  @GetMapping
  WorkflowSettingsBody get(@PathVariable UUID businessId) {
    return WorkflowSettingsBody.of(businesses.workflowSettings(businessId)
        .orElseThrow(() -> NotFoundException.business(businessId)));
  }

  /** The whole settings, in the shape GET returns them. */
  @PutMapping
  @Transactional
  WorkflowSettingsBody replace(@PathVariable UUID businessId, @RequestBody WorkflowSettingsBody body,
      @RequestHeader(name = AUTHORIZATION, required = false) String authorization) {
    String owner = owners.requireOwner(authorization, businessId);
    List<FieldError> errors = body.errors(channels.installed());
    if (!errors.isEmpty()) {
      throw new InvalidSettings(errors);
    }
    WorkflowSettingsBody saved =
        WorkflowSettingsBody.of(businesses.changeWorkflowSettings(businessId, body.toSettings()));
    events.publishEvent(new MenuChanged(owner, "workflow-settings.changed",
        "business:" + businessId, "reminders " + saved.reminderOffsets() + ", channels "
            + saved.notificationChannels()));
    return saved;
  }

  /** Every wrong field with what is wrong with it, as a 422 problem. */
  @ExceptionHandler(InvalidSettings.class)
  ProblemDetail invalid(InvalidSettings ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
        ex.errors.stream().map(error -> error.field() + " " + error.message())
            .collect(Collectors.joining(" ")));
    problem.setTitle("Invalid workflow settings");
    problem.setProperty("errors", ex.errors);
    return problem;
  }

  static class InvalidSettings extends RuntimeException {
    final transient List<FieldError> errors;

    InvalidSettings(List<FieldError> errors) {
      super(null, null, false, false);
      this.errors = errors;
    }
  }
}
