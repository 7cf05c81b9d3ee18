package ai.xseven.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.plugin.InstalledPlugin;
import ai.xseven.plugin.PluginRegistry;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiagramValidatorTest {

  private static ProcessEngine engine;
  private static DiagramValidator validator;

  @BeforeAll
  static void startEngine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:validator-" + UUID.randomUUID())
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    PluginRegistry plugins = mock(PluginRegistry.class);
    when(plugins.find(anyString())).thenAnswer(call ->
        "notInstalled".equals(call.getArgument(0)) ? Optional.empty()
            : Optional.of(installed(plugin(call.getArgument(0)))));
    validator = new DiagramValidator(plugins, engine.getProcessEngineConfiguration());
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void acceptsTheShippedDiagrams() {
    assertThat(validator.validate(Diagrams.shipped("dedicated-chat"))).isEmpty();
    assertThat(validator.validate(Diagrams.shipped("templates/conversation"))).isEmpty();
    assertThat(validator.validate(Diagrams.shipped("templates/blank"))).isEmpty();
  }

  @Test
  void malformedXmlIsReportedWithItsLine() {
    String xml = Diagrams.withTask("broken", Diagrams.MANUAL_TASK)
        .replace("<bpmn:startEvent id=\"Start\" />", "<bpmn:startEvent id=\"Start\">");

    List<DiagramProblem> problems = validator.validate(xml);

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isNull();
      assertThat(problem.line()).isGreaterThan(1);
      assertThat(problem.message()).startsWith("The file is not well-formed XML");
    });
  }

  @Test
  void anUnknownPluginIsReportedOnItsTask() {
    List<DiagramProblem> problems =
        validator.validate(Diagrams.withTask("p", Diagrams.pluginTask("notInstalled")));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_Under_Test");
      assertThat(problem.message()).contains("'notInstalled' is not installed");
    });
  }

  @Test
  void aMissingRequiredSettingIsReportedOnItsTask() {
    List<DiagramProblem> problems =
        validator.validate(Diagrams.withTask("p", Diagrams.pluginTask("needsText")));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_Under_Test");
      assertThat(problem.message()).contains("plugin needsText: 'text' is required.");
    });
    assertThat(validator.validate(
        Diagrams.withTask("p", Diagrams.pluginTask("needsText", "text", "Hello")))).isEmpty();
  }

  @Test
  void aServiceTaskThatRunsNoPluginIsReported() {
    String task = "<bpmn:serviceTask id=\"Task_Under_Test\" camunda:class=\"java.lang.Object\" />";

    assertThat(validator.validate(Diagrams.withTask("p", task)))
        .extracting(DiagramProblem::elementId).containsExactly("Task_Under_Test");
  }

  @Test
  void aDiagramWithoutExecutableProcessIsReportedOnTheProcess() {
    String xml = Diagrams.withTask("drawing-only", Diagrams.MANUAL_TASK)
        .replace("isExecutable=\"true\"", "isExecutable=\"false\"");

    assertThat(validator.validate(xml)).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("drawing-only");
      assertThat(problem.message()).contains("no executable process");
    });
  }

  @Test
  void theEnginesParseErrorsNameTheirElement() {
    String gateway = """
        <bpmn:exclusiveGateway id="Task_Under_Test" />
        <bpmn:sequenceFlow id="Flow_Other" sourceRef="Task_Under_Test" targetRef="End_Other" />
        <bpmn:endEvent id="End_Other" />
        """;
    // Two outgoing flows without conditions and no default: the engine refuses the gateway.
    List<DiagramProblem> problems = validator.validate(Diagrams.withTask("p", gateway));

    assertThat(problems).isNotEmpty();
    assertThat(problems).extracting(DiagramProblem::elementId).contains("Task_Under_Test");
  }

  private static InstalledPlugin installed(ServiceTaskPlugin plugin) {
    return new InstalledPlugin(plugin, plugin.definition(), null);
  }

  private static ServiceTaskPlugin plugin(String name) {
    return new ServiceTaskPlugin() {
      @Override
      public PluginDefinition definition() {
        return PluginDefinition.builder(name).description("A test plugin.")
            .input("needsText".equals(name)
                ? InputField.text("text").required().description("What to say.")
                : InputField.text("agent").description("Which agent."))
            .build();
      }

      @Override
      public PluginResult execute(PluginContext context) {
        return PluginResult.builder().build();
      }
    };
  }
}
