package ai.xseven.process;

import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.DemoData.spoken;
import static ai.xseven.DemoData.upcoming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import ai.xseven.conversation.ConversationService;
import ai.xseven.conversation.ConversationView;
import java.time.DayOfWeek;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The shipped dedicated-chat diagram, driven through the conversation service. */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class DedicatedChatProcessIT {

  @Autowired ProcessEngine engine;
  @Autowired ConversationService conversations;

  @BeforeEach
  void bindAssertionsToTheEngine() {
    AbstractAssertions.init(engine);
  }

  @Test
  void aQuestionIsAnsweredAndTheProcessWaitsForTheNextMessage() {
    ConversationView conversation = conversations.start(MARIOS, "dedicated");
    ProcessInstance instance = instanceOf(conversation);
    assertThat(instance).isWaitingAt("Receive_UserMessage").hasPassed("Task_Greet");

    conversations.post(conversation.conversationId(), "What time do you open on Sunday?", null);

    assertThat(instance)
        .hasPassedInOrder("Task_ClassifyIntent", "Gateway_Route", "Task_AnswerQuestion")
        .hasNotPassed("Task_CollectBookingDetails")
        .isWaitingAt("Receive_UserMessage")
        .variables()
        .containsEntry("intentKind", "question")
        .containsEntry("stage", "open");
  }

  @Test
  void aBookingPassesCollectConfirmAndStartsTheAppointmentWorkflow() {
    ConversationView conversation = conversations.start(MARIOS, "dedicated");
    ProcessInstance instance = instanceOf(conversation);
    var id = conversation.conversationId();

    conversations.post(id, "Table for 2 on " + spoken(upcoming(DayOfWeek.THURSDAY)) + " at 8pm",
        null);
    assertThat(instance).hasPassed("Task_CollectBookingDetails").isWaitingAt("Receive_UserMessage")
        .variables().containsEntry("stage", "collecting").containsEntry("expecting", "name")
        .containsEntry("partySize", 2).containsEntry("bookingTime", "20:00");

    conversations.post(id, "Luca Bianchi", null);
    assertThat(instance).variables().containsEntry("stage", "confirming")
        .containsEntry("customerName", "Luca Bianchi");

    conversations.post(id, "yes", null);
    assertThat(instance)
        .hasPassedInOrder("Task_ConfirmBooking", "Gateway_Booked", "Task_StartAppointment")
        .isWaitingAt("Receive_UserMessage")
        .variables().containsEntry("booked", true).containsEntry("stage", "open")
        .containsKey("workflowId");
    assertThat(conversations.get(id).workflowIds()).hasSize(1);
  }

  @Test
  void anIdleConversationIsClosedByTheTimer() {
    ConversationView conversation = conversations.start(MARIOS, "dedicated");
    ProcessInstance instance = instanceOf(conversation);
    assertThat(instance).isWaitingAt("Receive_UserMessage");
    Job idleTimer =
        engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
            .timers().singleResult();
    assertThat(idleTimer).isNotNull();

    execute(idleTimer);

    assertThat(instance).hasPassed("Task_CloseAbandoned").isEnded();
    ConversationView closed = conversations.get(conversation.conversationId());
    assertThat(closed.status()).isEqualTo("CLOSED");
    assertThat(closed.messages().get(closed.messages().size() - 1).text())
        .contains("closed after a while");
  }

  private ProcessInstance instanceOf(ConversationView conversation) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(conversation.conversationId().toString()).singleResult();
  }
}
