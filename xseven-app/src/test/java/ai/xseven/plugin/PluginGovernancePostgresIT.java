package ai.xseven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import ai.xseven.business.BusinessService;
import ai.xseven.security.AuditLog;
import ai.xseven.support.ProductionServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/** V14 and V15 on PostgreSQL: secrets sealed at rest and resolved in order, the allow-list. */
class PluginGovernancePostgresIT {

  private static final UUID BUSINESS = UUID.randomUUID();
  private static JdbcClient jdbc;

  @BeforeAll
  static void migrate() throws Exception {
    ProductionServices.requireOrSkip();
    DataSource dataSource = new DriverManagerDataSource(
        ProductionServices.freshDatabase("xseven_plugin_governance_it"), "postgres", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
        .migrate();
    jdbc = JdbcClient.create(dataSource);
    jdbc.sql("""
        insert into business (id, slug, name, kind, description, area, address, phone, time_zone,
            capacity, slot_minutes, min_lead_minutes, created_at)
        values (?, 'pg-bistro', 'PG Bistro', 'RESTAURANT', '', '', '', '', 'UTC', 10, 30, 0,
            current_timestamp)
        """).param(BUSINESS).update();
  }

  private static PluginSecrets secrets(MockEnvironment environment) throws Exception {
    Path dataDir = Files.createTempDirectory("secrets-key");
    return new PluginSecrets(environment, jdbc, new SecretsKey("", dataDir),
        mock(AuditLog.class), Clock.systemUTC());
  }

  @Test
  void secretsAreSealedAtRestAndResolveEnvironmentThenBusinessThenAllBusinesses()
      throws Exception {
    MockEnvironment environment = new MockEnvironment();
    PluginSecrets secrets = secrets(environment);

    secrets.save(null, "pg.token", "for-everyone", "studio:admin");
    secrets.save(BUSINESS, "pg.token", "for-the-bistro", "studio:admin");
    secrets.save(BUSINESS, "pg.token", "for-the-bistro-replaced", "studio:admin");

    assertThat(jdbc.sql("select count(*) from plugin_secret where name = 'pg.token'")
        .query(Integer.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("select secret_value from plugin_secret").query(String.class).list())
        .allSatisfy(stored -> assertThat(stored).startsWith("v1:").doesNotContain("for-"));
    assertThat(secrets.find("pg.token", BUSINESS.toString())).contains("for-the-bistro-replaced");
    assertThat(secrets.find("pg.token", UUID.randomUUID().toString())).contains("for-everyone");
    assertThat(secrets.find("pg.token", null)).contains("for-everyone");

    environment.setProperty("XSEVEN_SECRET_PG_TOKEN", "from-the-environment");
    assertThat(secrets.find("pg.token", BUSINESS.toString())).contains("from-the-environment");

    assertThat(secrets.delete(null, "pg.token", "studio:admin")).isTrue();
    assertThat(secrets.isDefined("pg.token", null)).isTrue(); // still in the environment
    assertThat(secrets.stored()).extracting(StoredSecret::businessId).containsExactly(BUSINESS);
    assertThatThrownBy(() -> secrets.save(null, "key", "x", "studio:admin"))
        .hasMessageContaining("reserved");
  }

  @Test
  void theAllowListAddsOnceAndRemoves() {
    AllowLists lists = new AllowLists(jdbc, mock(BusinessService.class), mock(AuditLog.class),
        Clock.systemUTC(), Duration.ofMinutes(5));

    lists.change(BUSINESS, "httpRequest", true, "studio:analyst");
    lists.change(BUSINESS, "httpRequest", true, "studio:analyst");
    assertThat(lists.of(BUSINESS, false).allowed()).containsExactly("httpRequest");

    lists.change(BUSINESS, "httpRequest", false, "studio:analyst");
    assertThat(lists.of(BUSINESS, false).allowed()).isEmpty();
  }
}
