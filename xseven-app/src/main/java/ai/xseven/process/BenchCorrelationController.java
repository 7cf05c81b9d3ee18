package ai.xseven.process;

import jakarta.annotation.PostConstruct;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engine floor for {@code bench/LoadDriver.java}: one bare message correlation per request
 * against a process that does nothing but wait again, so a chat turn's latency can be compared with
 * what Camunda alone costs on the same machine and database. Only present with {@code
 * xseven.bench.enabled=true}.
 */
@RestController
@ConditionalOnProperty(name = "xseven.bench.enabled", havingValue = "true")
class BenchCorrelationController {

  static final String PROCESS_KEY = "bench-echo";
  static final String MESSAGE = "benchEcho";

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  BenchCorrelationController(RuntimeService runtimeService, RepositoryService repositoryService) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
  }

  /** Deployed before the web server accepts requests, so the first bench call finds it. */
  @PostConstruct
  void deploy() {
    repositoryService
        .createDeployment()
        .name(PROCESS_KEY)
        .enableDuplicateFiltering(true)
        .addModelInstance(PROCESS_KEY + ".bpmn", echoProcess())
        .deploy();
  }

  /**
   * start → Receive_Echo → Gateway_Loop → back to Receive_Echo: every correlation ends waiting
   * again. The fluent builder names flows, messages and diagram shapes with random UUIDs; fixed ids
   * and no diagram keep the XML byte-identical, so duplicate filtering skips it on every restart.
   */
  static BpmnModelInstance echoProcess() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROCESS_KEY)
            .name("Bench echo")
            .camundaHistoryTimeToLive(1)
            .startEvent("Start_Bench")
            .sequenceFlowId("Flow_Start")
            .receiveTask("Receive_Echo")
            .message(MESSAGE)
            .sequenceFlowId("Flow_Received")
            .exclusiveGateway("Gateway_Loop")
            .sequenceFlowId("Flow_Loop")
            .connectTo("Receive_Echo")
            .done();
    model.getDefinitions().setId("Definitions_BenchEcho");
    model.getModelElementsByType(Message.class).forEach(m -> m.setId("Message_BenchEcho"));
    model.getDefinitions().getBpmDiagrams().clear();
    return model;
  }

  @PostMapping("/api/bench/correlation")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, String> start() {
    String key = UUID.randomUUID().toString();
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, key);
    return Map.of("key", key);
  }

  @PostMapping("/api/bench/correlation/{key}")
  void correlate(@PathVariable String key) {
    runtimeService
        .createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(key)
        .correlateWithResult();
  }

  @ExceptionHandler(MismatchingMessageCorrelationException.class)
  ProblemDetail noWaitingInstance(MismatchingMessageCorrelationException e) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.NOT_FOUND, "No bench-echo instance is waiting for that key.");
  }
}
