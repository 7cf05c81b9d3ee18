package ai.xseven.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Service;

/**
 * The path a conversation's process took, read from the activity history, and the diagram of the
 * exact version it runs; for the studio's read-only view.
 */
@Service
public class ConversationTrails {

  private final HistoryService history;
  private final RepositoryService repository;
  /** Deployed versions never change, so their XML and flows are kept once read. */
  private final Map<String, String> diagrams = new ConcurrentHashMap<>();
  private final Map<String, List<TakenFlows.Flow>> flows = new ConcurrentHashMap<>();

  ConversationTrails(HistoryService history, RepositoryService repository) {
    this.history = history;
    this.repository = repository;
  }

  /** Empty when no process instance was ever started for the conversation. */
  public Optional<ProcessTrail> trail(String conversationId) {
    HistoricProcessInstance instance =
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(conversationId)
            .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
            .orElse(null);
    if (instance == null) {
      return Optional.empty();
    }
    List<HistoricActivityInstance> activities =
        history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .orderByHistoricActivityInstanceStartTime().asc()
            .orderPartiallyByOccurrence().asc()
            .list();
    List<String> active = activities.stream().filter(a -> a.getEndTime() == null)
        .map(HistoricActivityInstance::getActivityId).distinct().toList();
    List<String> completed = activities.stream().filter(a -> a.getEndTime() != null)
        .map(HistoricActivityInstance::getActivityId).distinct().toList();
    List<TakenFlows.Visit> visits = activities.stream()
        .map(a -> new TakenFlows.Visit(a.getActivityId(), a.getStartTime().toInstant(),
            a.getEndTime() == null ? null : a.getEndTime().toInstant()))
        .toList();
    String definitionId = instance.getProcessDefinitionId();
    return Optional.of(new ProcessTrail(definitionId, instance.getProcessDefinitionKey(),
        instance.getProcessDefinitionVersion() == null ? 0 : instance.getProcessDefinitionVersion(),
        instance.getEndTime() != null, active, completed,
        TakenFlows.of(flows(definitionId), visits)));
  }

  /** The BPMN XML of one deployed version. */
  public String diagramXml(String processDefinitionId) {
    return diagrams.computeIfAbsent(processDefinitionId, id -> {
      try (InputStream in = repository.getProcessModel(id)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private List<TakenFlows.Flow> flows(String processDefinitionId) {
    return flows.computeIfAbsent(processDefinitionId, id -> {
      BpmnModelInstance model = repository.getBpmnModelInstance(id);
      Collection<SequenceFlow> all = model.getModelElementsByType(SequenceFlow.class);
      return all.stream()
          .map(flow -> new TakenFlows.Flow(flow.getId(), flow.getSource().getId(),
              flow.getTarget().getId()))
          .collect(Collectors.toList());
    });
  }
}
