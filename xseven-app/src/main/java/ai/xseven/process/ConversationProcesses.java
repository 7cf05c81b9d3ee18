package ai.xseven.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The conversation's view of the engine: one process instance per conversation, keyed by the
 * conversation id as business key, each customer message correlated as {@code userMessage}.
 */
@Service
public class ConversationProcesses {

  public static final String USER_MESSAGE = "userMessage";
  /** Process variables every caller wants back after a turn. */
  private static final List<String> TURN_VARIABLES = List.of("stage", "intent");

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final HistoryService history;
  private final TaskService tasks;
  private final ReplyDrafts drafts;

  ConversationProcesses(RuntimeService runtime, RepositoryService repository,
      HistoryService history, TaskService tasks, ReplyDrafts drafts) {
    this.runtime = runtime;
    this.repository = repository;
    this.history = history;
    this.tasks = tasks;
    this.drafts = drafts;
  }

  /**
   * Completes the staff's user task of a handed-over conversation, so the process, and the
   * assistant, take it from there. False when no staff task is waiting.
   */
  public ProcessPosition handBack(String conversationId) {
    List<Task> waiting =
        tasks.createTaskQuery().processInstanceBusinessKey(conversationId).list();
    if (waiting.isEmpty()) {
      return null;
    }
    waiting.forEach(task -> tasks.complete(task.getId()));
    drafts.releaseLeft(conversationId);
    return turnPosition(waiting.get(0).getProcessInstanceId());
  }

  public boolean isDeployed(String processKey) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).count() > 0;
  }

  /**
   * Starts the conversation's process; its first service tasks run before this returns. The
   * business's own latest version of the process runs when it has one (variable
   * {@code businessId}), otherwise the latest version for all businesses.
   */
  public ProcessPosition start(String processKey, String conversationId,
      Map<String, Object> variables) {
    Object businessId = variables.get("businessId");
    var start = runtime.createProcessInstanceByKey(processKey).businessKey(conversationId)
        .setVariables(variables);
    if (businessId != null && repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).tenantIdIn(businessId.toString()).count() > 0) {
      start.processDefinitionTenantId(businessId.toString());
    } else {
      start.processDefinitionWithoutTenantId();
    }
    ProcessInstance instance = start.execute();
    drafts.releaseLeft(conversationId);
    return position(instance.getId(), instance.isEnded());
  }

  /**
   * Hands a customer message to the instance waiting in its receive task and runs the service
   * tasks up to the next wait state, inside the caller's transaction.
   */
  public ProcessPosition deliver(String conversationId, String text) {
    var result =
        runtime.createMessageCorrelation(USER_MESSAGE)
            .processInstanceBusinessKey(conversationId)
            .setVariable("message", text)
            .correlateWithResult();
    String instanceId = result.getExecution().getProcessInstanceId();
    drafts.releaseLeft(conversationId);
    return turnPosition(instanceId);
  }

  /**
   * After a turn only the variables matter; one query, no activity lookup on the hot path. A query
   * rather than {@code getVariables}: on an instance that ended in this turn the latter throws,
   * and the engine would mark the caller's transaction rollback-only.
   */
  private ProcessPosition turnPosition(String instanceId) {
    Map<String, Object> variables = new HashMap<>();
    runtime.createVariableInstanceQuery().processInstanceIdIn(instanceId)
        .variableNameIn(TURN_VARIABLES.toArray(String[]::new)).list()
        .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
    boolean ended = variables.isEmpty()
        && runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() == 0;
    return new ProcessPosition(instanceId, ended, List.of(), variables);
  }

  /** Whether an instance waits for a message of this conversation right now. */
  public boolean isWaitingForMessage(String conversationId) {
    return runtime.createExecutionQuery()
            .messageEventSubscriptionName(USER_MESSAGE)
            .processInstanceBusinessKey(conversationId)
            .count()
        > 0;
  }

  public ProcessPosition position(String conversationId) {
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(conversationId)
            .singleResult();
    if (instance != null) {
      return position(instance.getId(), false);
    }
    HistoricProcessInstance ended =
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(conversationId)
            .singleResult();
    return new ProcessPosition(ended == null ? null : ended.getId(), true, List.of(), Map.of());
  }

  private ProcessPosition position(String instanceId, boolean ended) {
    if (ended || runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() == 0) {
      return new ProcessPosition(instanceId, true, List.of(), Map.of());
    }
    return new ProcessPosition(instanceId, false, runtime.getActiveActivityIds(instanceId),
        runtime.getVariables(instanceId, TURN_VARIABLES));
  }
}
