package ai.xseven.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bare engine floor must behave like a chat turn: correlate, run to the next wait, wait again. */
class BenchCorrelationControllerTest {

  static ProcessEngine engine;
  static BenchCorrelationController controller;

  @BeforeAll
  static void startEngine() {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:bench-echo;DB_CLOSE_DELAY=-1")
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .setJobExecutorActivate(false)
            .buildProcessEngine();
    AbstractAssertions.init(engine);
    controller =
        new BenchCorrelationController(engine.getRuntimeService(), engine.getRepositoryService());
    controller.deploy();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void correlationLoopsBackAndWaitsAtTheReceiveTaskAgain() {
    String key = controller.start().get("key");

    controller.correlate(key);
    controller.correlate(key);

    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(key)
            .singleResult();
    assertThat(instance)
        .isWaitingAt("Receive_Echo")
        .hasPassedInOrder(
            "Start_Bench", "Receive_Echo", "Gateway_Loop", "Receive_Echo", "Gateway_Loop");
  }

  @Test
  void redeployingTheUnchangedProcessKeepsOneVersion() {
    controller.deploy();

    assertThat(
            engine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(BenchCorrelationController.PROCESS_KEY)
                .count())
        .isEqualTo(1);
  }

  @Test
  void correlatingAnUnknownKeyFails() {
    assertThatThrownBy(() -> controller.correlate("no-such-key"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
  }
}
