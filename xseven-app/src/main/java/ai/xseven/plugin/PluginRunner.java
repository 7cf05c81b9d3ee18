package ai.xseven.plugin;

import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a plugin: asks the {@link PluginPolicy} whether the business may use it, fills in
 * defaults, checks every field against the definition (so a bad value is refused with the field
 * named before the plugin sees it) and gives the plugin its context.
 * Plugins from jars run on a pool of their own under their declared timeout; the built-in ones
 * run on the caller's thread, inside the engine's transaction, and bound their own I/O.
 */
@Component
public class PluginRunner implements DisposableBean {

  private final PluginSecrets secrets;
  private final PluginPolicy policy;
  private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "plugin-run");
    thread.setDaemon(true);
    return thread;
  });

  PluginRunner(PluginSecrets secrets, PluginPolicy policy) {
    this.secrets = secrets;
    this.policy = policy;
  }

  /**
   * The plugin's result; a {@link ai.xseven.sdk.BusinessError} passes through, a field problem,
   * a timeout or any other failure is a {@link PluginException} naming the task and plugin.
   */
  public PluginResult run(InstalledPlugin installed, PluginCall call) {
    PluginDefinition definition = installed.definition();
    PluginVerdict verdict = policy.check(call.businessId(), installed);
    if (!verdict.allowed()) {
      throw new PluginException(where(installed, call) + " is not allowed: " + verdict.reason());
    }
    Map<String, Object> fields = definition.withDefaults(call.fields());
    List<String> problems = definition.problemsWith(fields);
    if (!problems.isEmpty()) {
      throw new PluginException(where(installed, call) + ": " + String.join(" ", problems));
    }
    PluginContext context = new Context(call, fields, secrets);
    if (installed.builtIn()) {
      return execute(installed, call, context);
    }
    Future<PluginResult> run = pool.submit(() -> execute(installed, call, context));
    try {
      return run.get(definition.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      throw new PluginException(where(installed, call) + " took longer than its timeout of "
          + spoken(definition.timeout()) + " and was stopped.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PluginException(where(installed, call) + " was interrupted.", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime
          : new PluginException(where(installed, call) + " failed: " + e.getCause(), e);
    }
  }

  private static PluginResult execute(InstalledPlugin installed, PluginCall call,
      PluginContext context) {
    try {
      return installed.plugin().execute(context);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new PluginException(where(installed, call) + " failed: "
          + PluginJars.sentence(e), e);
    }
  }

  private static String spoken(java.time.Duration timeout) {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s"
        : timeout.toMillis() + " ms";
  }

  static String where(InstalledPlugin installed, PluginCall call) {
    return "Task " + call.taskId() + " (plugin " + installed.id() + ")";
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }

  private record Context(PluginCall call, Map<String, Object> fields, PluginSecrets secrets)
      implements PluginContext {

    @Override
    public String conversationId() {
      return call.conversationId();
    }

    @Override
    public Optional<String> businessId() {
      return call.business();
    }

    @Override
    public String taskId() {
      return call.taskId();
    }

    @Override
    public Optional<String> text(String field) {
      return value(field).map(Object::toString).map(String::strip)
          .filter(value -> !value.isEmpty());
    }

    @Override
    public Optional<Object> value(String field) {
      return Optional.ofNullable(fields.get(field));
    }

    @Override
    public String secret(String field) {
      String name = text(field).orElseThrow(() -> new PluginException(
          "Task " + taskId() + " names no secret in '" + field + "'"));
      return secrets.find(name, call.businessId()).orElseThrow(() -> new PluginException(
          "The secret '" + name + "' is not defined: set the environment variable "
              + PluginSecrets.environmentName(name) + " or store it under Secrets in the studio."));
    }

    @Override
    public <T> Optional<T> variable(String name, Class<T> type) {
      Object value = call.variables().apply(name);
      if (value == null) {
        return Optional.empty();
      }
      if (type == String.class && !(value instanceof String)) {
        return Optional.of(type.cast(value.toString()));
      }
      return Optional.of(type.cast(value));
    }
  }
}
