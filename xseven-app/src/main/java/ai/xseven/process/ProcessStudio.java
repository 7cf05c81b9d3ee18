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
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Service;

/**
 * The studio's view of the process definitions: list the versions, validate, deploy, roll back,
 * compare. A studio deployment is named after the process key and its source records who
 * deployed it ({@code studio:<user>}); it never uses the shipped deployment's name, so the
 * start-up deployment of an unchanged shipped file cannot undo it (see {@link ProcessDeployer}).
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

  ProcessStudio(RepositoryService repository, RuntimeService runtime, DiagramValidator validator,
      PluginElementTemplates templates, DiagramTemplates diagramTemplates, ObjectMapper json) {
    this.repository = repository;
    this.runtime = runtime;
    this.validator = validator;
    this.templates = templates;
    this.diagramTemplates = diagramTemplates;
    this.json = json;
  }

  /** Every process key, the newest version first within each; keys in alphabetical order. */
  public List<ProcessSummary> processes() {
    Map<String, List<ProcessVersion>> byKey = new LinkedHashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
        .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().desc().list()) {
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

  public Optional<ProcessVersion> latest(String key) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().singleResult();
    return Optional.ofNullable(definition).map(this::version);
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

  /**
   * Deploys the diagram as a new version of its process, or nothing when it has a problem: the
   * version that runs stays the latest one. Conversations already running keep their version.
   */
  public DeployResult deploy(String xml, String user) {
    return deploy(xml, user, null);
  }

  /** Deploys an earlier version's XML again, as a new version. */
  public DeployResult rollBack(String definitionId, String user) {
    ProcessDefinition earlier = repository.getProcessDefinition(definitionId);
    return deploy(xml(definitionId), user, "roll back to version " + earlier.getVersion());
  }

  private DeployResult deploy(String xml, String user, String note) {
    List<DiagramProblem> problems = validator.validate(xml);
    if (!problems.isEmpty()) {
      return DeployResult.refused(problems);
    }
    String key = executableKey(xml);
    DeploymentWithDefinitions deployment = repository.createDeployment()
        .name(key)
        .source(SOURCE_PREFIX + user + (note == null ? "" : " (" + note + ")"))
        .addString(key + ".bpmn", xml)
        .deployWithResult();
    ProcessDefinition deployed = deployment.getDeployedProcessDefinitions().stream()
        .filter(definition -> definition.getKey().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalStateException("The deployment holds no process " + key));
    return DeployResult.of(version(deployed));
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
        runtime.createIncidentQuery().processDefinitionId(id).count());
  }
}
