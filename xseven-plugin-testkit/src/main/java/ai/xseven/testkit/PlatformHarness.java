package ai.xseven.testkit;

import ai.xseven.XSevenApplication;
import ai.xseven.business.BusinessService;
import ai.xseven.plugin.InstalledPlugin;
import ai.xseven.plugin.PluginPolicy;
import ai.xseven.plugin.PluginRegistry;
import ai.xseven.process.DeployResult;
import ai.xseven.process.DiagramProblem;
import ai.xseven.process.ProcessStudio;
import ai.xseven.process.ProcessVersion;
import ai.xseven.sdk.ServiceTaskPlugin;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in the test's JVM, as the embedded default runs it (an in-memory H2 database
 * of its own, the in-process Temporal server, the demo businesses) on a free port, with your
 * plugins (as instances, or jars in a plugins folder) and a {@link ScriptedModel} in place of the
 * language model. Deploy a diagram, then talk to it over the public HTTP API.
 *
 * <pre>{@code
 * @AutoClose static PlatformHarness platform;
 *
 * @BeforeAll static void start() {
 *   platform = PlatformHarness.builder().plugin(new MyPlugin())
 *       .model(ScriptedModel.answering(message -> "Hello!")).start();
 * }
 * }</pre>
 *
 * A conversation on the dedicated channel runs the latest version of the process
 * {@code dedicated-chat}: a diagram you deploy with that process id is the one it runs.
 *
 * <p>Every demo business has the plugins of the jars on its allow-list here, so a diagram for all
 * businesses may use them; on a real platform an analyst ticks a jar's plugin per business
 * (Businesses, Plugins) before a diagram that uses it can be deployed.
 */
public final class PlatformHarness implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final ScriptedModel model;
  private final HttpJson http;

  private PlatformHarness(ConfigurableApplicationContext context, ScriptedModel model) {
    this.context = context;
    this.model = model;
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    this.http = new HttpJson(URI.create("http://localhost:" + port));
    allowJarPluginsEverywhere();
  }

  private void allowJarPluginsEverywhere() {
    PluginPolicy policy = bean(PluginPolicy.class);
    for (InstalledPlugin plugin : bean(PluginRegistry.class).all()) {
      if (!plugin.builtIn()) {
        bean(BusinessService.class).list().forEach(business ->
            policy.setAllowed(business.id(), plugin.id(), true, "testkit"));
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Where the platform listens, e.g. {@code http://localhost:53127}. */
  public URI baseUri() {
    return http.base();
  }

  public ScriptedModel model() {
    return model;
  }

  /** A bean of the running application, for what the HTTP API does not show. */
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** The ids of the installed plugins: the built-in ones, yours, and those of the jars. */
  public List<String> installedPlugins() {
    return bean(PluginRegistry.class).all().stream().map(InstalledPlugin::id).toList();
  }

  /** The jar a plugin was installed from; empty for a built-in plugin or a bean. */
  public Optional<Path> jarOf(String pluginId) {
    return bean(PluginRegistry.class).find(pluginId).map(InstalledPlugin::jar);
  }

  /** The plugins folder's jars that could not be installed, each with the reason. */
  public List<String> pluginFailures() {
    return bean(PluginRegistry.class).failures().stream()
        .map(failure -> failure.jar().getFileName() + ": " + failure.reason()).toList();
  }

  /** The element templates the modeler loads, one per installed plugin, as a JSON array. */
  public String elementTemplatesJson() {
    return bean(ProcessStudio.class).elementTemplatesJson();
  }

  /**
   * Deploys a diagram as the studio does, after the same checks; a refused diagram is an
   * {@link IllegalArgumentException} listing every problem with the element it concerns.
   */
  public ProcessVersion deploy(String bpmnXml) {
    DeployResult result = bean(ProcessStudio.class).deploy(bpmnXml, "testkit");
    if (!result.isDeployed()) {
      throw new IllegalArgumentException("The diagram was not deployed: " + result.problems()
          .stream().map(DiagramProblem::describe).collect(Collectors.joining(" ")));
    }
    return result.deployed();
  }

  /** Deploys the diagram in this file. */
  public ProcessVersion deploy(Path bpmnFile) {
    try {
      return deploy(Files.readString(bpmnFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A conversation with the first demo business on the dedicated channel. */
  public Conversation startConversation() {
    return startConversation(businesses().get(0).path("slug").asText());
  }

  /** A conversation with the business of this slug (e.g. {@code marios-italian}). */
  public Conversation startConversation(String businessSlug) {
    JsonNode business = businesses().stream()
        .filter(candidate -> candidate.path("slug").asText().equals(businessSlug))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No business has the slug '"
            + businessSlug + "'"));
    JsonNode started = http.post("/api/v1/conversations", Map.of(
        "businessId", business.path("id").asText(), "channel", "dedicated"));
    String id = started.path("conversationId").asText();
    return new Conversation(this, http, id, Conversation.repliesSinceLastMessage(http, id));
  }

  private List<JsonNode> businesses() {
    JsonNode list = http.get("/api/v1/businesses");
    return StreamSupport.stream(list.spliterator(), false).toList();
  }

  @Override
  public void close() {
    context.close();
  }

  /** What the platform starts with; every setting is optional. */
  public static final class Builder {
    private final List<ServiceTaskPlugin> plugins = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private Path pluginsFolder;
    private ScriptedModel model = new ScriptedModel();

    private Builder() {}

    /** A plugin installed as an application bean, as the built-in plugins are. */
    public Builder plugin(ServiceTaskPlugin plugin) {
      plugins.add(plugin);
      return this;
    }

    /**
     * The folder whose jars are installed at start ({@code xseven.plugins.dir}); without one the
     * platform gets an empty folder of its own, so no {@code plugins/} of the working directory
     * leaks in.
     */
    public Builder pluginsFolder(Path folder) {
      this.pluginsFolder = folder;
      return this;
    }

    public Builder model(ScriptedModel model) {
      this.model = model;
      return this;
    }

    /** Any application property, e.g. {@code xseven.secrets.loyalty.key}. */
    public Builder property(String name, String value) {
      properties.put(name, value);
      return this;
    }

    public PlatformHarness start() {
      Path dataDir = temporaryFolder("xseven-testkit-data");
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("server.port", "0");
      settings.put("spring.datasource.url",
          "jdbc:h2:mem:xseven-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      settings.put("xseven.data-dir", dataDir.toString());
      settings.put("xseven.plugins.dir",
          (pluginsFolder != null ? pluginsFolder : dataDir.resolve("plugins")).toString());
      // A provider X-Seven does not know leaves the chat model to the context: the script.
      settings.put("xseven.llm.provider", "scripted");
      settings.put("xseven.widget.rate-limits.enabled", "false");
      settings.put("xseven.security.admin-password", UUID.randomUUID().toString());
      settings.put("logging.level.org.camunda.bpm.engine.jobexecutor", "warn");
      settings.put("logging.level.io.temporal", "warn");
      settings.putAll(properties);
      // Command-line arguments outrank application.yml (default properties would not).
      String[] arguments = settings.entrySet().stream()
          .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
          .toArray(String[]::new);
      ScriptedModel chatModel = model;
      List<ServiceTaskPlugin> beans = List.copyOf(plugins);
      ConfigurableApplicationContext context = new SpringApplicationBuilder(XSevenApplication.class)
          .bannerMode(Banner.Mode.OFF)
          .initializers(application -> {
            var factory = application.getBeanFactory();
            factory.registerSingleton("scriptedModel", chatModel);
            for (int i = 0; i < beans.size(); i++) {
              factory.registerSingleton("testkitPlugin" + i, beans.get(i));
            }
          })
          .run(arguments);
      return new PlatformHarness(context, chatModel);
    }

    private static Path temporaryFolder(String prefix) {
      try {
        Path folder = Files.createTempDirectory(prefix);
        folder.toFile().deleteOnExit();
        return folder;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
