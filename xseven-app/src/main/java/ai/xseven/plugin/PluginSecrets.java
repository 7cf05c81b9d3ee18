package ai.xseven.plugin;

import ai.xseven.sdk.InputField;
import ai.xseven.security.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves a secret a plugin field names, in this order: the environment ({@code XSEVEN_SECRET_}
 * plus the name in capitals with every other character as {@code _}, so {@code smtp.password} is
 * {@code XSEVEN_SECRET_SMTP_PASSWORD}, or the property {@code xseven.secrets.<name>}); then the
 * secret stored for the business; then the one stored for all businesses. Stored values are
 * sealed with {@link SecretsKey}; they are never listed, shown or logged, only resolved for a
 * plugin.
 */
@Component
public class PluginSecrets {

  static final String ALL_BUSINESSES = "*";
  private static final int MAX_VALUE_CHARS = 4000;

  private final Environment environment;
  private final JdbcClient jdbc;
  private final SecretsKey key;
  private final AuditLog audit;
  private final Clock clock;

  PluginSecrets(Environment environment, JdbcClient jdbc, SecretsKey key, AuditLog audit,
      Clock clock) {
    this.environment = environment;
    this.jdbc = jdbc;
    this.key = key;
    this.audit = audit;
    this.clock = clock;
  }

  /** The secret's value for this business (null: none), or empty when it is defined nowhere. */
  public Optional<String> find(String name, String businessId) {
    return fromEnvironment(name).or(() -> stored(name, businessId)
        .map(row -> key.cipher().open(row.sealed(), context(row.scope(), name))));
  }

  /** Whether {@link #find} would resolve the name, without opening a stored value. */
  public boolean isDefined(String name, UUID businessId) {
    return fromEnvironment(name).isPresent()
        || stored(name, businessId == null ? null : businessId.toString()).isPresent();
  }

  /** The stored secrets (names, scope, who and when), global ones first, then by name. */
  public List<StoredSecret> stored() {
    return jdbc.sql("select business_id, name, updated_at, updated_by from plugin_secret "
            + "order by case when business_id is null then 0 else 1 end, name, scope")
        .query((row, index) -> new StoredSecret(row.getObject(1, UUID.class), row.getString(2),
            row.getTimestamp(3).toInstant(), row.getString(4)))
        .list();
  }

  /**
   * Stores a secret for a business (null: all businesses), replacing one of that name.
   *
   * @throws IllegalArgumentException with a sentence, for a bad name or an empty value
   */
  @Transactional
  public void save(UUID businessId, String name, String value, String actor) {
    requireValidName(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("The secret needs a value.");
    }
    if (value.length() > MAX_VALUE_CHARS) {
      throw new IllegalArgumentException("A secret may be at most " + MAX_VALUE_CHARS
          + " characters long.");
    }
    String scope = scope(businessId);
    String sealed = key.cipher().seal(value, context(scope, name));
    Timestamp now = Timestamp.from(clock.instant());
    int updated = jdbc.sql("update plugin_secret set secret_value = ?, updated_at = ?, "
            + "updated_by = ? where scope = ? and name = ?")
        .params(sealed, now, actor, scope, name).update();
    if (updated == 0) {
      jdbc.sql("insert into plugin_secret (business_id, scope, name, secret_value, updated_at, "
              + "updated_by) values (?, ?, ?, ?, ?, ?)")
          .params(businessId, scope, name, sealed, now, actor).update();
    }
    audit.record(actor, updated == 0 ? "secret.created" : "secret.replaced",
        subject(businessId, name), "Secret " + name + (businessId == null
            ? " for all businesses" : "") + (updated == 0 ? " stored." : " replaced."));
  }

  /** Deletes a stored secret; false when there was none. */
  @Transactional
  public boolean delete(UUID businessId, String name, String actor) {
    int deleted = jdbc.sql("delete from plugin_secret where scope = ? and name = ?")
        .params(scope(businessId), name).update();
    if (deleted > 0) {
      audit.record(actor, "secret.deleted", subject(businessId, name),
          "Secret " + name + " deleted.");
    }
    return deleted > 0;
  }

  public static String environmentName(String name) {
    return "XSEVEN_SECRET_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  static void requireValidName(String name) {
    if (name == null || !InputField.SECRET_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A secret's name is 1 to 100 letters, digits, dots, "
          + "dashes or underscores, starting with a letter.");
    }
    if (name.equalsIgnoreCase("key")) {
      // xseven.secrets.key would read XSEVEN_SECRETS_KEY, the key that seals the others.
      throw new IllegalArgumentException("The name 'key' is reserved for the secrets key.");
    }
  }

  private Optional<String> fromEnvironment(String name) {
    if (name.equalsIgnoreCase("key")) {
      return Optional.empty();
    }
    String value = environment.getProperty(environmentName(name));
    if (value == null) {
      value = environment.getProperty("xseven.secrets." + name);
    }
    return Optional.ofNullable(value);
  }

  /** The business's own row if it has one, else the row for all businesses. */
  private Optional<Row> stored(String name, String businessId) {
    String scope = businessId == null ? ALL_BUSINESSES : businessId;
    return jdbc.sql("select scope, secret_value from plugin_secret where name = ? "
            + "and scope in (?, ?) order by case when scope = ? then 1 else 0 end")
        .params(name, scope, ALL_BUSINESSES, ALL_BUSINESSES)
        .query((row, index) -> new Row(row.getString(1), row.getString(2)))
        .list().stream().findFirst();
  }

  private static String scope(UUID businessId) {
    return businessId == null ? ALL_BUSINESSES : businessId.toString();
  }

  private static String context(String scope, String name) {
    return scope + "/" + name;
  }

  private static String subject(UUID businessId, String name) {
    return (businessId == null ? "" : "business:" + businessId + "/") + "secret:" + name;
  }

  private record Row(String scope, String sealed) {}
}
