package ai.xseven.conversation;

import static ai.xseven.DemoData.MARIOS;
import static ai.xseven.DemoData.spoken;
import static ai.xseven.DemoData.upcoming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.xseven.XSevenApplication;
import ai.xseven.rules.RuleEngine;
import ai.xseven.security.StudioAccounts;
import ai.xseven.security.StudioRole;
import ai.xseven.support.ProductionServices;
import ai.xseven.support.PushListener;
import io.temporal.testserver.TestServer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;

/**
 * The production profile for real: two application nodes on one PostgreSQL database, Redis for
 * memory and pub/sub, and Temporal reached over the network at an address, as a cluster would be.
 */
class ProductionProfileIT {

  private static final int REDIS_DATABASE = 7;
  private static TestServer.PortBoundTestServer temporal;
  private static String databaseUrl;
  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    ProductionServices.requireOrSkip();
    databaseUrl = ProductionServices.freshDatabase("xseven_it");
    int temporalPort;
    try (ServerSocket free = new ServerSocket(0)) {
      temporalPort = free.getLocalPort();
    }
    temporal = TestServer.createPortBoundServer(temporalPort, false);
    nodeA = node(temporalPort);
    nodeA.getBean(StringRedisTemplate.class).getConnectionFactory().getConnection()
        .serverCommands().flushDb();
    nodeB = node(temporalPort);
  }

  private static ConfigurableApplicationContext node(int temporalPort) {
    return new SpringApplicationBuilder(XSevenApplication.class)
        .profiles("prod")
        // Command-line arguments: they outrank the profile's environment-variable defaults.
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + databaseUrl,
            "--spring.datasource.username=postgres",
            "--spring.data.redis.database=" + REDIS_DATABASE,
            "--xseven.temporal.target=localhost:" + temporalPort,
            "--xseven.outbox.sweep-interval=PT0.5S");
  }

  @AfterAll
  static void stopNodes() {
    if (nodeB != null) nodeB.close();
    if (nodeA != null) nodeA.close();
    if (temporal != null) temporal.close();
  }

  private static ChatApi api(ConfigurableApplicationContext node) {
    return new ChatApi(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port(node))));
  }

  private static int port(ConfigurableApplicationContext node) {
    return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
  }

  @Test
  void aConversationMovesBetweenNodesAndPushesReachASocketHeldByAnotherNode() throws Exception {
    String id = api(nodeA).start(MARIOS);
    try (PushListener socketOnA = new PushListener(port(nodeA), id)) {
      ChatApi b = api(nodeB);

      ChatApi.Reply menu = b.say(id, "What's on the menu?");
      assertThat(menu.text()).contains("Margherita $14");
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
          assertThat(socketOnA.frames()).anyMatch(frame -> frame.contains("Margherita $14")));
      String memory = nodeA.getBean(StringRedisTemplate.class).opsForValue().get("xseven:memory:" + id);
      assertThat(memory).contains("What's on the menu?", "Margherita");

      api(nodeA).say(id, "Book a table for 3 on " + spoken(upcoming(DayOfWeek.SUNDAY)) + " at 1pm");
      b.say(id, "under the name Giulia Verdi");
      ChatApi.Reply booked = api(nodeA).say(id, "yes");
      assertThat(booked.text()).contains("Done!");
      assertThat(booked.body().path("workflowIds").size()).isEqualTo(1);

      await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
          assertThat(socketOnA.frames()).anyMatch(frame -> frame.contains("\"notification\"")));
    }
    try (Connection db = DriverManager.getConnection(databaseUrl, "postgres", "");
        ResultSet rows = db.createStatement().executeQuery(
            "select count(*) from booking where customer_name = 'Giulia Verdi'")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void aRuleSetSavedOnOneNodeIsEvaluatedByTheOtherWithinSeconds() {
    String name = "hot-swap-" + UUID.randomUUID().toString().substring(0, 8);
    String drl = """
        package hotswap;
        global ai.xseven.rules.RuleOutcome outcome;
        rule "Always answer"
        when
        then
          outcome.set("answer", "%s");
        end
        """;
    RuleEngine onB = nodeB.getBean(RuleEngine.class);

    StudioAccounts accounts = nodeA.getBean(StudioAccounts.class);
    if (accounts.find("ana").isEmpty()) {
      accounts.create("ana", "password-of-ana", StudioRole.ANALYST, null);
    }
    Map<String, String> ana = Map.of("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString("ana:password-of-ana".getBytes(StandardCharsets.UTF_8)));
    ChatApi.Reply first = api(nodeA).call(HttpMethod.PUT, "/api/v1/rulesets/" + name,
        Map.of("drl", drl.formatted("first")), ana);
    assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(5)).ignoreExceptions().untilAsserted(() ->
        assertThat(onB.evaluate(name, List.of()).value("answer")).isEqualTo("first"));

    api(nodeA).call(HttpMethod.PUT, "/api/v1/rulesets/" + name,
        Map.of("drl", drl.formatted("second")), ana);
    await().atMost(Duration.ofSeconds(5)).ignoreExceptions().untilAsserted(() ->
        assertThat(onB.evaluate(name, List.of()).value("answer")).isEqualTo("second"));

    ChatApi.Reply rolledBack =
        api(nodeB).call(HttpMethod.POST, "/api/v1/rulesets/" + name + "/activate/1", null, ana);
    assertThat(rolledBack.status()).isEqualTo(200);
    RuleEngine onA = nodeA.getBean(RuleEngine.class);
    await().atMost(Duration.ofSeconds(5)).ignoreExceptions().untilAsserted(() ->
        assertThat(onA.evaluate(name, List.of()).value("answer")).isEqualTo("first"));
  }
}
