package ai.xseven.workflow;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class WorkflowControllerTest {

  private final AppointmentScheduler scheduler = mock(AppointmentScheduler.class);
  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new WorkflowController(scheduler)).build();

  @Test
  void showsTheStatusTheWorkflowReports() throws Exception {
    given(scheduler.status("appointment-42"))
        .willReturn(
            Optional.of(
                new AppointmentStatus(
                    "awaiting-reminder-1h",
                    false,
                    List.of("confirmation", "reminder-24h"),
                    1_795_802_400_000L)));

    mvc.perform(get("/api/v1/workflows/appointment-42"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .json(
                    """
                    {"workflowId": "appointment-42", "stage": "awaiting-reminder-1h",
                     "cancelled": false, "sent": ["confirmation", "reminder-24h"],
                     "startsAtEpochMillis": 1795802400000}
                    """,
                    true));
  }

  @Test
  void unknownWorkflowIsNotFound() throws Exception {
    given(scheduler.status("appointment-unknown")).willReturn(Optional.empty());

    mvc.perform(get("/api/v1/workflows/appointment-unknown")).andExpect(status().isNotFound());
  }
}
