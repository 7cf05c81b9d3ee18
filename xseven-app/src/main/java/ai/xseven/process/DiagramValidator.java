package ai.xseven.process;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.plugin.InstalledPlugin;
import ai.xseven.plugin.PluginPolicy;
import ai.xseven.plugin.PluginRegistry;
import ai.xseven.plugin.PluginSecrets;
import ai.xseven.plugin.PluginVerdict;
import ai.xseven.sdk.FieldType;
import ai.xseven.sdk.InputField;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.xml.ModelParseException;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Everything that would keep a diagram from running, found before it is deployed: XML that is not
 * well formed (with its line), BPMN the engine's own parser refuses (with the element), no
 * executable process, service tasks whose plugin is missing or lacks a required setting, plugins
 * the {@link PluginPolicy} refuses to the business the diagram is deployed for (to any business,
 * for a diagram of all businesses) and secrets a task names that are defined nowhere.
 */
@Component
class DiagramValidator {

  static final String PLUGIN_EXPRESSION = "${plugin}";

  private final PluginRegistry plugins;
  private final ProcessEngineConfigurationImpl engine;
  private final PluginPolicy policy;
  private final PluginSecrets secrets;
  private final BusinessService businesses;

  DiagramValidator(PluginRegistry plugins, ProcessEngineConfiguration engine, PluginPolicy policy,
      PluginSecrets secrets, BusinessService businesses) {
    this.plugins = plugins;
    this.engine = (ProcessEngineConfigurationImpl) engine;
    this.policy = policy;
    this.secrets = secrets;
    this.businesses = businesses;
  }

  /** The problems of a diagram deployed for all businesses. */
  List<DiagramProblem> validate(String xml) {
    return validate(xml, null);
  }

  /** The problems of a diagram deployed for one business (null: all businesses). */
  List<DiagramProblem> validate(String xml, UUID businessId) {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    DiagramProblem malformed = wellFormed(bytes);
    if (malformed != null) {
      return List.of(malformed);
    }
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
    } catch (ModelParseException e) {
      return List.of(DiagramProblem.inFile(lineOf(e),
          "This is not a BPMN diagram the engine can read: " + rootMessage(e)));
    }
    List<DiagramProblem> problems = new ArrayList<>();
    if (model.getModelElementsByType(Process.class).stream().noneMatch(Process::isExecutable)) {
      String processId = model.getModelElementsByType(Process.class).stream().findFirst()
          .map(Process::getId).orElse(null);
      problems.add(new DiagramProblem(processId, 0,
          "The diagram has no executable process (mark the process as executable)."));
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      problems.addAll(pluginProblems(task, businessId));
    }
    problems.addAll(engineProblems(bytes));
    return problems;
  }

  private List<DiagramProblem> pluginProblems(ServiceTask task, UUID businessId) {
    String id = task.getId();
    if (!PLUGIN_EXPRESSION.equals(task.getCamundaDelegateExpression())) {
      return List.of(DiagramProblem.onElement(id, "The service task must run a plugin: choose a "
          + "plugin template (delegate expression ${plugin})."));
    }
    Map<String, String> properties = PluginTaskDelegate.properties(task);
    String name = properties.get(PluginTaskDelegate.PLUGIN_PROPERTY);
    if (name == null || name.isBlank()) {
      return List.of(DiagramProblem.onElement(id, "The service task names no plugin."));
    }
    InstalledPlugin plugin = plugins.find(name).orElse(null);
    if (plugin == null) {
      return List.of(DiagramProblem.onElement(id,
          "The plugin '" + name + "' is not installed."));
    }
    String taskName = task.getName() == null || task.getName().isBlank() ? "Task " + id
        : "Task '" + task.getName().strip() + "' (" + id + ")";
    String where = taskName + ", plugin " + name + ": ";
    Optional<String> refusal = refusal(plugin, businessId);
    if (refusal.isPresent()) {
      return List.of(DiagramProblem.onElement(id, taskName + ": " + refusal.get()));
    }
    List<DiagramProblem> problems = new ArrayList<>();
    for (InputField field : plugin.definition().inputs()) {
      String value = properties.get(field.name());
      Optional<String> problem = field.type() == FieldType.EXPRESSION && value != null
          && value.contains("${") ? expressionProblem(field, value) : field.problemWith(value);
      if (problem.isEmpty() && field.type() == FieldType.SECRET) {
        problem = undefinedSecret(field, value == null || value.isBlank()
            ? field.defaultValue() : value.strip(), businessId);
      }
      problem.ifPresent(sentence -> problems.add(DiagramProblem.onElement(id, where + sentence)));
    }
    return problems;
  }

  /**
   * Why the policy refuses the plugin to the business; for all businesses, to the first business
   * that may not use it, naming how many more may not.
   */
  private Optional<String> refusal(InstalledPlugin plugin, UUID businessId) {
    if (businessId != null) {
      PluginVerdict verdict = policy.checkForDeploy(businessId, plugin);
      return verdict.allowed() ? Optional.empty() : Optional.of(verdict.reason());
    }
    List<String> refused = new ArrayList<>();
    String first = null;
    for (BusinessProfile business : businesses.list()) {
      PluginVerdict verdict = policy.checkForDeploy(business.id(), plugin);
      if (!verdict.allowed()) {
        refused.add(business.name());
        first = first == null ? verdict.reason() : first;
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    String others = refused.size() == 1 ? ""
        : " The same holds for " + String.join(", ", refused.subList(1, refused.size())) + ".";
    return Optional.of("a diagram for all businesses may use only plugins every business "
        + "allows, and " + first + others + " Deploy it for the businesses that allow it instead.");
  }

  /** A secret the task names must resolve wherever the diagram runs; never its value here. */
  private Optional<String> undefinedSecret(InputField field, String name, UUID businessId) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String how = " Set the environment variable " + PluginSecrets.environmentName(name)
        + " or store the secret under Secrets in the studio.";
    if (businessId != null) {
      if (secrets.isDefined(name, businessId)) {
        return Optional.empty();
      }
      String business = businesses.find(businessId).map(BusinessProfile::name)
          .orElse(businessId.toString());
      return Optional.of("the secret '" + name + "' of '" + field.label()
          + "' is not defined for " + business + "." + how);
    }
    if (secrets.isDefined(name, null)) {
      return Optional.empty();
    }
    List<BusinessProfile> all = businesses.list();
    List<String> without = all.stream()
        .filter(business -> !secrets.isDefined(name, business.id()))
        .map(BusinessProfile::name).toList();
    if (without.isEmpty() && !all.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("the secret '" + name + "' of '" + field.label() + "' is not defined "
        + (without.size() == all.size() ? "anywhere" : "for " + String.join(", ", without))
        + "." + how);
  }

  private Optional<String> expressionProblem(InputField field, String expression) {
    try {
      engine.getExpressionManager().createExpression(expression);
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("the expression of '" + field.label() + "' is not valid: "
          + rootMessage(e));
    }
  }

  /**
   * The engine's own BPMN parse, without deploying: its problems carry the element id. The parse
   * error is caught inside the command so the engine does not log it as a failed command.
   */
  private List<DiagramProblem> engineProblems(byte[] bytes) {
    try {
      return engine.getCommandExecutorTxRequired().execute(commandContext -> {
        try {
          bpmnParser().createParse()
              .sourceInputStream(new ByteArrayInputStream(bytes))
              .deployment(new DeploymentEntity())
              .name("diagram.bpmn")
              .execute();
          return List.of();
        } catch (ParseException e) {
          return parseProblems(e);
        }
      });
    } catch (RuntimeException e) {
      return List.of(DiagramProblem.inFile(0, "The engine refuses the diagram: "
          + rootMessage(e)));
    }
  }

  private static List<DiagramProblem> parseProblems(ParseException e) {
    List<DiagramProblem> problems = new ArrayList<>();
    for (ResourceReport report : e.getResorceReports()) {
      for (Problem problem : report.getErrors()) {
        problems.add(new DiagramProblem(problem.getMainElementId(),
            Math.max(problem.getLine(), 0), problem.getMessage()));
      }
    }
    return problems.isEmpty() ? List.of(DiagramProblem.inFile(0, rootMessage(e))) : problems;
  }

  private BpmnParser bpmnParser() {
    return engine.getDeployers().stream()
        .filter(BpmnDeployer.class::isInstance)
        .map(deployer -> ((BpmnDeployer) deployer).getBpmnParser())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The engine has no BPMN deployer"));
  }

  private static DiagramProblem wellFormed(byte[] bytes) {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler());
      return null;
    } catch (SAXParseException e) {
      return DiagramProblem.inFile(e.getLineNumber(),
          "The file is not well-formed XML: " + e.getMessage());
    } catch (Exception e) {
      return DiagramProblem.inFile(0, "The file cannot be read as XML: " + e.getMessage());
    }
  }

  private static int lineOf(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SAXParseException sax) {
        return Math.max(sax.getLineNumber(), 0);
      }
    }
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
