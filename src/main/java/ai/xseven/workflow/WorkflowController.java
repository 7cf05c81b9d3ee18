package ai.xseven.workflow;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The status of a workflow, as its query reports it. */
@RestController
class WorkflowController {

  private final AppointmentScheduler scheduler;

  WorkflowController(AppointmentScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @GetMapping("/api/v1/workflows/{workflowId}")
  WorkflowView status(@PathVariable String workflowId) {
    return scheduler
        .status(workflowId)
        .map(status -> WorkflowView.of(workflowId, status))
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "There is no workflow with id " + workflowId));
  }

  record WorkflowView(String workflowId, AppointmentStatus appointment) {

    static WorkflowView of(String workflowId, AppointmentStatus status) {
      return new WorkflowView(workflowId, status);
    }
  }
}
