package ai.xseven.testkit;

import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one plugin in isolation, as the platform runs a plugin from a jar: the definition's
 * defaults fill blank fields, every field is checked against the definition (a bad value is
 * refused with the platform's sentence before the plugin sees it), and the run is stopped after
 * the definition's timeout. Nothing is evaluated: give an expression field the value its
 * expression would have. The allow-list is not consulted.
 *
 * <pre>{@code
 * PluginRun run = PluginHarness.of(new LoyaltyPointsPlugin())
 *     .field("amount", "42.50").field("voucherKey", "loyalty.key")
 *     .secret("loyalty.key", "s3cret").variable("customerName", "Ana")
 *     .run();
 * }</pre>
 */
public final class PluginHarness {

  private final ServiceTaskPlugin plugin;
  private final PluginDefinition definition;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final Map<String, Object> variables = new HashMap<>();
  private final Map<String, String> secrets = new HashMap<>();
  private String businessId;
  private String conversationId = UUID.randomUUID().toString();
  private String taskId = "Task_UnderTest";

  private PluginHarness(ServiceTaskPlugin plugin) {
    this.plugin = Objects.requireNonNull(plugin, "plugin");
    // Asked once, as the platform does when it installs the plugin: an invalid one fails here.
    this.definition = plugin.definition();
  }

  public static PluginHarness of(ServiceTaskPlugin plugin) {
    return new PluginHarness(plugin);
  }

  public PluginDefinition definition() {
    return definition;
  }

  /**
   * A field's value as the task gives it: text as an analyst writes it, or for an expression
   * field the value the expression evaluates to (a number stays a number).
   */
  public PluginHarness field(String name, Object value) {
    if (definition.input(name).isEmpty()) {
      throw new IllegalArgumentException("Plugin " + definition.id() + " has no field '" + name
          + "'; its fields: " + definition.inputs().stream().map(InputField::name).toList());
    }
    fields.put(name, value);
    return this;
  }

  /** A process variable the plugin can read. */
  public PluginHarness variable(String name, Object value) {
    variables.put(name, value);
    return this;
  }

  /** A secret by the name a secret field gives, as the environment or the studio would hold it. */
  public PluginHarness secret(String name, String value) {
    secrets.put(name, value);
    return this;
  }

  public PluginHarness businessId(String businessId) {
    this.businessId = businessId;
    return this;
  }

  public PluginHarness conversationId(String conversationId) {
    this.conversationId = conversationId;
    return this;
  }

  /** The BPMN element id the plugin sees; named in the platform's sentences. */
  public PluginHarness taskId(String taskId) {
    this.taskId = taskId;
    return this;
  }

  /** What the platform would refuse in the current field values; empty when they are fine. */
  public List<String> problems() {
    return definition.problemsWith(definition.withDefaults(fields));
  }

  /**
   * Runs the plugin once. Its result, or the {@link BusinessError} it threw, is in the returned
   * run. Refused fields are a {@link PluginException} with the platform's sentence (the task,
   * the plugin and each field's problem); a run past the timeout is one too, and any other
   * exception (a technical failure the platform retries) is thrown as it came.
   */
  public PluginRun run() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new PluginException(where() + ": " + String.join(" ", problems));
    }
    HarnessContext context = new HarnessContext(conversationId, businessId, taskId,
        definition.withDefaults(fields), Map.copyOf(variables), Map.copyOf(secrets));
    ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
      Thread named = new Thread(runnable, "plugin-harness-" + definition.id());
      named.setDaemon(true);
      return named;
    });
    try {
      Future<PluginResult> run = thread.submit(() -> plugin.execute(context));
      PluginResult result = run.get(definition.timeout().toMillis(), TimeUnit.MILLISECONDS);
      if (result == null) {
        throw new PluginException(where() + " returned null; an empty PluginResult.builder()"
            + ".build() says it has nothing to set or reply.");
      }
      return PluginRun.of(result);
    } catch (TimeoutException e) {
      throw new PluginException(where() + " took longer than its timeout of "
          + definition.timeout().toSeconds() + " s and was stopped.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PluginException(where() + " was interrupted.", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BusinessError error) {
        return PluginRun.of(error);
      }
      throw e.getCause() instanceof RuntimeException runtime ? runtime
          : new PluginException(where() + " failed: " + e.getCause().getClass().getSimpleName()
              + ": " + e.getCause().getMessage(), e.getCause());
    } finally {
      thread.shutdownNow();
    }
  }

  private String where() {
    return "Task " + taskId + " (plugin " + definition.id() + ")";
  }
}
