package ai.xseven.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The status of an appointment ({@code appointment-<bookingId>}) or order ({@code
 * order-<orderId>}) workflow, as its status query reports it.
 */
@RestController
class WorkflowController {

  private static final String APPOINTMENT = "appointment-";
  private static final String ORDER = "order-";

  private final AppointmentScheduler appointments;
  private final OrderWorkflows orders;

  WorkflowController(AppointmentScheduler appointments, OrderWorkflows orders) {
    this.appointments = appointments;
    this.orders = orders;
  }

  /** 200 with the kind and the status; 404 for an id no workflow has. */
  @GetMapping("/api/v1/workflows/{workflowId}")
  WorkflowView status(@PathVariable String workflowId) {
    Optional<WorkflowView> view = Optional.empty();
    if (workflowId.startsWith(APPOINTMENT)) {
      view = appointments.status(workflowId)
          .map(status -> new WorkflowView(workflowId, "appointment", status, null));
    } else if (workflowId.startsWith(ORDER)) {
      view = orders.status(workflowId)
          .map(status -> new WorkflowView(workflowId, "order", null, status));
    }
    return view.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "There is no workflow with id " + workflowId + "."));
  }

  /**
   * @param kind {@code appointment} or {@code order}
   * @param appointment the appointment workflow's status; absent for an order
   * @param order the order workflow's status; absent for an appointment
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record WorkflowView(String workflowId, String kind, AppointmentStatus appointment,
      OrderStatus order) {}
}
