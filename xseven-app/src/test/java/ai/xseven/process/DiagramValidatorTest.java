package ai.xseven.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.plugin.PluginPolicy;
import ai.xseven.plugin.PluginSecrets;
import ai.xseven.plugin.PluginVerdict;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.plugin.InstalledPlugin;
import ai.xseven.plugin.PluginRegistry;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.List;
import java.util.Optional;
import java.time.ZoneId;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiagramValidatorTest {

  private static final BusinessProfile MARIOS = business("Mario's Italian");
  private static final BusinessProfile GLOW = business("Glow Beauty Studio");

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
    // Mario's has not allowed the plugin "governed", Glow has; only Glow stores "smtp.password".
    PluginPolicy policy = mock(PluginPolicy.class);
    when(policy.checkForDeploy(any(), any())).thenAnswer(call -> {
      InstalledPlugin plugin = call.getArgument(1);
      return plugin.id().equals("governed") && MARIOS.id().equals(call.getArgument(0))
          ? PluginVerdict.refuse("Mario's Italian may not use the plugin governed: it is not on "
              + "the business's allow-list.")
          : PluginVerdict.allow();
    });
    PluginSecrets secrets = mock(PluginSecrets.class);
    when(secrets.isDefined(eq("smtp.password"), eq(GLOW.id()))).thenReturn(true);
    when(secrets.isDefined(eq("env.token"), any())).thenReturn(true);
    when(secrets.isDefined(eq("env.token"), isNull())).thenReturn(true);
    BusinessService businesses = mock(BusinessService.class);
    when(businesses.list()).thenReturn(List.of(MARIOS, GLOW));
    when(businesses.find(MARIOS.id())).thenReturn(Optional.of(MARIOS));
    when(businesses.find(GLOW.id())).thenReturn(Optional.of(GLOW));
    validator = new DiagramValidator(plugins, engine.getProcessEngineConfiguration(), policy,
        secrets, businesses);
  }

  private static BusinessProfile business(String name) {
    return new BusinessProfile(UUID.randomUUID(), name.toLowerCase().replace(' ', '-'), name,
        BusinessKind.RESTAURANT, "", "", "", "", ZoneId.of("UTC"), 10, 30);
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

  @Test
  void aPluginTheBusinessHasNotAllowedIsRefusedOnItsTaskWithTheBusinessNamed() {
    String xml = Diagrams.withTask("p", Diagrams.pluginTask("governed"));

    assertThat(validator.validate(xml, MARIOS.id())).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_Under_Test");
      assertThat(problem.message()).isEqualTo("Task 'Task under test' (Task_Under_Test): "
          + "Mario's Italian may not use the plugin governed: it is not on the business's "
          + "allow-list.");
    });
    assertThat(validator.validate(xml, GLOW.id())).isEmpty();
  }

  @Test
  void aDiagramForAllBusinessesNeedsEveryBusinessToAllowThePlugin() {
    List<DiagramProblem> problems =
        validator.validate(Diagrams.withTask("p", Diagrams.pluginTask("governed")));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_Under_Test");
      assertThat(problem.message()).startsWith("Task 'Task under test' (Task_Under_Test): a "
          + "diagram for all businesses may use only plugins every business allows, and Mario's "
          + "Italian may not use the plugin governed");
    });
  }

  @Test
  void aSecretDefinedNowhereForTheTargetIsNamedOnItsTask() {
    String xml = Diagrams.withTask("p", Diagrams.pluginTask("mailer", "password", "smtp.password"));

    assertThat(validator.validate(xml, GLOW.id())).isEmpty();
    assertThat(validator.validate(xml, MARIOS.id())).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_Under_Test");
      assertThat(problem.message()).contains("plugin mailer: the secret 'smtp.password' of "
          + "'password' is not defined for Mario's Italian.")
          .contains("XSEVEN_SECRET_SMTP_PASSWORD");
    });
    assertThat(validator.validate(xml)).singleElement().extracting(DiagramProblem::message)
        .asString().contains("is not defined for Mario's Italian.");
    assertThat(validator.validate(
            Diagrams.withTask("p", Diagrams.pluginTask("mailer", "password", "nowhere"))))
        .singleElement().extracting(DiagramProblem::message).asString()
        .contains("the secret 'nowhere' of 'password' is not defined anywhere.");
    assertThat(validator.validate(
        Diagrams.withTask("p", Diagrams.pluginTask("mailer", "password", "env.token")))).isEmpty();
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
                : "mailer".equals(name) ? InputField.secret("password").required()
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
