package ai.xseven.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Service;

/**
 * The studio's view of the process definitions: list the versions, validate, deploy, roll back,
 * compare, and the open incidents with their retry. A studio deployment is named after the process
 * key and its source records who deployed it ({@code studio:<user>}); it never uses the shipped
 * deployment's name, so the start-up deployment of an unchanged shipped file cannot undo it (see
 * {@link ProcessDeployer}).
 *
 * <p>A diagram is deployed for all businesses (no Camunda tenant) or for one business: the
 * deployment's tenant id is the business id (its UUID, which unlike the slug never changes).
 * Versions count per tenant, so a business's version 1 can sit beside the shared version 4; a
 * conversation runs its business's latest version when there is one (see {@link
 * ConversationProcesses#start}).
 */
@Service
public class ProcessStudio {

  static final String SOURCE_PREFIX = "studio:";

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final DiagramValidator validator;
  private final PluginElementTemplates templates;
  private final DiagramTemplates diagramTemplates;
  private final ObjectMapper json;
  private final ManagementService management;

  ProcessStudio(RepositoryService repository, RuntimeService runtime, DiagramValidator validator,
      PluginElementTemplates templates, DiagramTemplates diagramTemplates, ObjectMapper json,
      ManagementService management) {
    this.repository = repository;
    this.runtime = runtime;
    this.management = management;
    this.validator = validator;
    this.templates = templates;
    this.diagramTemplates = diagramTemplates;
    this.json = json;
  }

  /**
   * Every process key, keys in alphabetical order; within each the versions for all businesses
   * first, then each business's, the newest first.
   */
  public List<ProcessSummary> processes() {
    Map<String, List<ProcessVersion>> byKey = new LinkedHashMap<>();
    List<ProcessDefinition> definitions = new ArrayList<>(repository
        .createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
        .orderByProcessDefinitionVersion().desc().list());
    definitions.sort(Comparator.comparing(ProcessDefinition::getKey)
        .thenComparing(ProcessDefinition::getTenantId,
            Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(ProcessDefinition::getVersion, Comparator.reverseOrder()));
    for (ProcessDefinition definition : definitions) {
      byKey.computeIfAbsent(definition.getKey(), key -> new ArrayList<>())
          .add(version(definition));
    }
    return byKey.entrySet().stream()
        .map(entry -> new ProcessSummary(entry.getKey(), entry.getValue().get(0).name(),
            List.copyOf(entry.getValue())))
        .toList();
  }

  public Optional<ProcessSummary> process(String key) {
    return processes().stream().filter(summary -> summary.key().equals(key)).findFirst();
  }

  /** The latest version for all businesses, or else the latest of any business. */
  public Optional<ProcessVersion> latest(String key) {
    return latest(key, null).or(() -> processes().stream()
        .filter(summary -> summary.key().equals(key)).findFirst().map(ProcessSummary::latest));
  }

  /** The latest version deployed for the business (null: for all businesses). */
  public Optional<ProcessVersion> latest(String key, UUID businessId) {
    var query = repository.createProcessDefinitionQuery().processDefinitionKey(key);
    query = businessId == null ? query.withoutTenantId() : query.tenantIdIn(businessId.toString());
    return Optional.ofNullable(query.latestVersion().singleResult()).map(this::version);
  }

  /** The BPMN XML of one version, as it was deployed. */
  public String xml(String definitionId) {
    try (InputStream in = repository.getProcessModel(definitionId)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<DiagramProblem> validate(String xml) {
    return validator.validate(xml);
  }

  /** The problems of the diagram deployed for the business (null: for all businesses). */
  public List<DiagramProblem> validate(String xml, UUID businessId) {
    return validator.validate(xml, businessId);
  }

  /**
   * Deploys the diagram for all businesses as a new version of its process, or nothing when it
   * has a problem: the version that runs stays the latest one. Conversations already running keep
   * their version.
   */
  public DeployResult deploy(String xml, String user) {
    return deploy(xml, user, null, null);
  }

  /** Deploys the diagram for one business (null: for all businesses). */
  public DeployResult deploy(String xml, String user, UUID businessId) {
    return deploy(xml, user, businessId, null);
  }

  /** Deploys an earlier version's XML again, as a new version for the same businesses. */
  public DeployResult rollBack(String definitionId, String user) {
    ProcessDefinition earlier = repository.getProcessDefinition(definitionId);
    return deploy(xml(definitionId), user, businessOf(earlier),
        "roll back to version " + earlier.getVersion());
  }

  private DeployResult deploy(String xml, String user, UUID businessId, String note) {
    List<DiagramProblem> problems = validator.validate(xml, businessId);
    if (!problems.isEmpty()) {
      return DeployResult.refused(problems);
    }
    String key = executableKey(xml);
    DeploymentWithDefinitions deployment = repository.createDeployment()
        .name(key)
        .tenantId(businessId == null ? null : businessId.toString())
        .source(SOURCE_PREFIX + user + (note == null ? "" : " (" + note + ")"))
        .addString(key + ".bpmn", xml)
        .deployWithResult();
    ProcessDefinition deployed = deployment.getDeployedProcessDefinitions().stream()
        .filter(definition -> definition.getKey().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalStateException("The deployment holds no process " + key));
    return DeployResult.of(version(deployed));
  }

  /** The open incidents of every version of the process, oldest first. */
  public List<ProcessIncident> incidents(String key) {
    return runtime.createIncidentQuery().processDefinitionKeyIn(key)
        .orderByIncidentTimestamp().asc().list().stream()
        .map(incident -> new ProcessIncident(incident.getId(), incident.getProcessInstanceId(),
            conversationOf(incident.getProcessInstanceId()), incident.getActivityId(),
            incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant(),
            Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())
                ? incident.getConfiguration() : null))
        .toList();
  }

  /**
   * Gives the failed job of an incident one more attempt: the job executor runs it again, and
   * the incident closes (a new one opens if it fails again).
   *
   * @return false when the incident is gone or is not a failed job
   */
  public boolean retry(String incidentId) {
    Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
    if (incident == null || !Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
      return false;
    }
    management.setJobRetries(incident.getConfiguration(), 1);
    return true;
  }

  private String conversationOf(String instanceId) {
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  /** What changed from one version to another: elements added, removed and changed. */
  public List<DiagramChange> compare(String fromDefinitionId, String toDefinitionId) {
    return DiagramDiff.between(xml(fromDefinitionId), xml(toDefinitionId));
  }

  /** The Camunda 7 element templates of every installed plugin, as a JSON array. */
  public String elementTemplatesJson() {
    try {
      return json.writeValueAsString(templates.all());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The names of the shipped diagrams an analyst can start a new one from. */
  public List<String> diagramTemplates() {
    return diagramTemplates.names();
  }

  public Optional<String> diagramTemplate(String name) {
    return diagramTemplates.xml(name);
  }

  private static String executableKey(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable)
        .map(Process::getId)
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  private ProcessVersion version(ProcessDefinition definition) {
    Deployment deployment = repository.createDeploymentQuery()
        .deploymentId(definition.getDeploymentId()).singleResult();
    String source = deployment.getSource();
    String deployedBy = "shipped";
    String note = null;
    if (source != null && source.startsWith(SOURCE_PREFIX)) {
      String rest = source.substring(SOURCE_PREFIX.length());
      int bracket = rest.indexOf(" (");
      deployedBy = bracket < 0 ? rest : rest.substring(0, bracket);
      note = bracket < 0 ? null : rest.substring(bracket + 2, rest.length() - 1);
    }
    String id = definition.getId();
    return new ProcessVersion(id, definition.getKey(), definition.getVersion(),
        definition.getName() == null ? definition.getKey() : definition.getName(),
        deployment.getDeploymentTime().toInstant(), deployedBy, note,
        runtime.createProcessInstanceQuery().processDefinitionId(id).count(),
        runtime.createIncidentQuery().processDefinitionId(id).count(), businessOf(definition));
  }

  private static UUID businessOf(ProcessDefinition definition) {
    return definition.getTenantId() == null ? null : UUID.fromString(definition.getTenantId());
  }
}
