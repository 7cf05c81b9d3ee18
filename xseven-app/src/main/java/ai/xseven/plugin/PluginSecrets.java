package ai.xseven.plugin;

import java.util.Locale;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Resolves a secret a plugin field names. The environment comes first: {@code XSEVEN_SECRET_}
 * plus the name in capitals with every other character as {@code _} (so {@code smtp.password}
 * is {@code XSEVEN_SECRET_SMTP_PASSWORD}), or the property {@code xseven.secrets.<name>}.
 */
@Component
public class PluginSecrets {

  private final Environment environment;

  PluginSecrets(Environment environment) {
    this.environment = environment;
  }

  /** The secret's value for this business (null: none), or empty when it is defined nowhere. */
  public Optional<String> find(String name, String businessId) {
    String fromEnvironment = environment.getProperty(environmentName(name));
    if (fromEnvironment == null) {
      fromEnvironment = environment.getProperty("xseven.secrets." + name);
    }
    return Optional.ofNullable(fromEnvironment);
  }

  static String environmentName(String name) {
    return "XSEVEN_SECRET_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
