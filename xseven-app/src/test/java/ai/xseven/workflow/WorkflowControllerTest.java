package ai.xseven.workflow;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class WorkflowControllerTest {

  private final AppointmentScheduler appointments = mock(AppointmentScheduler.class);
  private final OrderWorkflows orders = mock(OrderWorkflows.class);
  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new WorkflowController(appointments, orders)).build();

  @Test
  void showsTheStatusAnAppointmentWorkflowReports() throws Exception {
    given(appointments.status("appointment-42")).willReturn(Optional.of(new AppointmentStatus(
        "confirmed", 1_795_802_400_000L, 1_795_809_600_000L, 1_795_798_800_000L,
        1_795_800_600_000L, 1_795_803_300_000L, null,
        List.of(new NotificationRecord("confirmation", "customer", 1_795_000_000_000L,
            "Confirmed: a table for 4.")))));

    mvc.perform(get("/api/v1/workflows/appointment-42"))
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"workflowId": "appointment-42", "kind": "appointment",
             "appointment": {"stage": "confirmed", "startsAtEpochMillis": 1795802400000,
               "endsAtEpochMillis": 1795809600000, "nextReminderAtEpochMillis": 1795798800000,
               "checkInOpensAtEpochMillis": 1795800600000,
               "checkInClosesAtEpochMillis": 1795803300000, "cancelReason": null,
               "history": [{"key": "confirmation", "audience": "customer",
                 "atEpochMillis": 1795000000000, "text": "Confirmed: a table for 4."}]}}
            """, true));
  }

  @Test
  void showsTheStatusAnOrderWorkflowReports() throws Exception {
    given(orders.status("order-7")).willReturn(Optional.of(new OrderStatus("preparing",
        1_795_802_400_000L, null, null,
        List.of(new OrderStatus.StageChange("placed", 1_795_800_000_000L, "customer"),
            new OrderStatus.StageChange("accepted", 1_795_800_100_000L, "owner"),
            new OrderStatus.StageChange("preparing", 1_795_800_200_000L, "owner")),
        List.of())));

    mvc.perform(get("/api/v1/workflows/order-7"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("order"))
        .andExpect(jsonPath("$.order.stage").value("preparing"))
        .andExpect(jsonPath("$.order.stageDueAtEpochMillis").value(1_795_802_400_000L))
        .andExpect(jsonPath("$.order.stages[2].by").value("owner"))
        .andExpect(jsonPath("$.appointment").doesNotExist());
  }

  @Test
  void anIdNoWorkflowHasIsNotFound() throws Exception {
    given(appointments.status("appointment-unknown")).willReturn(Optional.empty());
    given(orders.status("order-unknown")).willReturn(Optional.empty());

    mvc.perform(get("/api/v1/workflows/appointment-unknown")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/workflows/order-unknown")).andExpect(status().isNotFound());
  }

  @Test
  void anIdOfNoKnownKindIsNotFoundWithoutAskingTemporal() throws Exception {
    mvc.perform(get("/api/v1/workflows/payment-1")).andExpect(status().isNotFound());

    verifyNoInteractions(appointments, orders);
  }
}
