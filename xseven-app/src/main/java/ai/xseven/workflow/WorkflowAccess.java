package ai.xseven.workflow;

import ai.xseven.business.BookingService;
import ai.xseven.business.OrderService;
import ai.xseven.sdk.PluginContext;
import org.springframework.stereotype.Component;

/** What the workflow plugins reach workflows, bookings and orders through. */
@Component
record WorkflowAccess(AppointmentScheduler appointments, OrderWorkflows orders,
    BookingService bookings, OrderService orderService) {

  /** The booking or order behind the task's {@code workflowId}; see {@link WorkflowSubject}. */
  WorkflowSubject subject(PluginContext context) {
    return WorkflowSubject.of(context, bookings, orderService);
  }
}
