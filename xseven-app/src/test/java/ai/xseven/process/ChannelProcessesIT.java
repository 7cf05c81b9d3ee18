package ai.xseven.process;

import static ai.xseven.DemoData.MARIOS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import ai.xseven.conversation.ConversationService;
import ai.xseven.conversation.ConversationView;
import ai.xseven.security.Owner;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The shipped dashboard-chat and global-chat diagrams, driven through the conversation service. */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class ChannelProcessesIT {

  @Autowired ProcessEngine engine;
  @Autowired HistoryService history;
  @Autowired ConversationService conversations;

  final Owner owner = new Owner(UUID.randomUUID(), MARIOS, "process-test");

  @BeforeEach
  void bindAssertionsToTheEngine() {
    AbstractAssertions.init(engine);
  }

  @Test
  void aChangeIsPreviewedAndWaitsForTheOwnersAnswerThenIsDropped() {
    ConversationView conversation = conversations.start(MARIOS, "dashboard", owner);
    ProcessInstance instance = instanceOf(conversation);
    assertThat(instance).isWaitingAt("Receive_OwnerMessage").hasPassed("Task_GreetOwner");

    conversations.post(conversation.conversationId(), "set the Diavola to $17", null, owner);
    assertThat(instance)
        .hasPassedInOrder("Task_CheckMessage", "Task_UnderstandRequest", "Gateway_Route",
            "Task_PreviewChange", "Task_CheckChangeReply")
        .isWaitingAt("Receive_OwnerMessage")
        .variables()
        .containsEntry("ownerRequest", "change")
        .containsEntry("stage", "previewing")
        .containsEntry("changePreview", "Diavola: $16 → $17");

    conversations.post(conversation.conversationId(), "no", null, owner);
    assertThat(instance).hasPassed("Task_DiscardChange").hasNotPassed("Task_ApplyChange")
        .variables().containsEntry("stage", "open").containsEntry("pendingChange", null);
  }

  @Test
  void aComparisonFansOutToEachMatchingBusinessAndMergesTheAnswers() {
    ConversationView conversation = conversations.start(null, "global", null);
    ProcessInstance instance = instanceOf(conversation);
    assertThat(instance).isWaitingAt("Receive_CustomerMessage");

    conversations.post(conversation.conversationId(), "blow-dry under $40", null);

    assertThat(instance)
        .hasPassedInOrder("Task_UnderstandComparison", "Gateway_Candidates",
            "SubProcess_AskEachBusiness", "Task_RankAnswers", "Task_CheckReply")
        .isWaitingAt("Receive_CustomerMessage")
        .variables()
        .containsEntry("wantedKind", "SALON")
        .containsEntry("priceCeilingCents", 4000)
        .containsEntry("candidateCount", 2)
        .doesNotContainKey("candidates")
        .doesNotContainKey("comparisons");
    assertThat(history.createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId())
            .activityId("Task_AnswerForBusiness")
            .count())
        .isEqualTo(2);
  }

  private ProcessInstance instanceOf(ConversationView conversation) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(conversation.conversationId().toString())
        .singleResult();
  }
}
