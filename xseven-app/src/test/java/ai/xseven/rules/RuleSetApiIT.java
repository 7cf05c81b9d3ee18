package ai.xseven.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.conversation.ChatApi.Reply;
import ai.xseven.conversation.ChatApi;
import ai.xseven.security.StudioAccounts;
import ai.xseven.security.StudioRole;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RuleSetApiIT {

  private static final String HEADER = """
      package it;
      import ai.xseven.rules.Sample;
      global ai.xseven.rules.RuleOutcome outcome;
      """;
  private static final String LIMIT_10 = HEADER + """
      rule "Refuse samples over 10"
      when
        Sample(size > 10)
      then
        outcome.block("over 10");
      end
      """;
  private static final String LIMIT_5 = LIMIT_10.replace("10", "5");
  private static final Map<String, Object> SIZE_7 =
      Map.of("name", "size seven", "given", Map.of("facts", List.of(Map.of("Sample",
          Map.of("text", "x", "size", 7)))));

  @Autowired TestRestTemplate http;
  @Autowired RuleEngine engine;
  @Autowired StudioAccounts accounts;

  private final ChatApi api() {
    return new ChatApi(http);
  }

  private Reply put(String name, String drl, String user) {
    return api().call(HttpMethod.PUT, "/api/v1/rulesets/" + name, Map.of("drl", drl),
        signedIn(user));
  }

  /** HTTP Basic as a studio analyst of that name, created on first use. */
  private Map<String, String> signedIn(String user) {
    String password = "password-of-" + user;
    if (accounts.find(user).isEmpty()) {
      accounts.create(user, password, StudioRole.ANALYST, null);
    }
    return basic(user, password);
  }

  private static Map<String, String> basic(String user, String password) {
    return Map.of("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private static String fresh() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void seedsEveryShippedRuleSetAndItsScenariosPass() {
    Reply all = api().get("/api/v1/rulesets");
    assertThat(all.body().findValuesAsText("name")).contains("input-guardrails",
        "output-guardrails", "booking-policy", "menu-change-policy", "model-routing");

    for (String name : List.of("input-guardrails", "output-guardrails", "booking-policy",
        "menu-change-policy", "model-routing")) {
      Reply report = api().call(HttpMethod.POST, "/api/v1/rulesets/" + name + "/test", null);
      assertThat(report.status()).as(name + ": " + report.body()).isEqualTo(200);
      assertThat(report.body().path("total").asInt()).as(name).isPositive();
      assertThat(report.body().path("passed").asInt())
          .as(name + " failures: " + failures(report.body()))
          .isEqualTo(report.body().path("total").asInt());
    }
  }

  @Test
  void aSavedVersionIsActiveAtOnceAndABadOneIsRefusedWithLinesWhileTheOldOneKeepsRunning() {
    String name = fresh();
    Reply first = put(name, LIMIT_10, "ana");
    assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
    assertThat(first.body().path("activeVersion").asInt()).isEqualTo(1);
    assertThat(engine.evaluate(name, List.of(new Sample("x", 7))).decision())
        .isEqualTo(Decision.ALLOW);

    Reply syntax = put(name, LIMIT_10.replace("Sample(size > 10)", "Sample(size > )"), "ana");
    assertThat(syntax.status()).isEqualTo(422);
    assertThat(syntax.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(syntax.body().path("errors").get(0).path("line").asInt()).isEqualTo(6);
    assertThat(syntax.body().path("errors").get(0).path("column").asInt()).isPositive();

    Reply unknownType = put(name, LIMIT_10.replace("Sample(size > 10)", "Sampel(size > 10)"), "ana");
    assertThat(unknownType.status()).isEqualTo(422);
    assertThat(unknownType.body().path("errors").findValuesAsText("message").toString())
        .contains("Sampel");
    assertThat(unknownType.body().path("errors").findValues("line").stream().map(JsonNode::asInt))
        .contains(6);

    Reply unknownField = put(name, LIMIT_10.replace("size > 10", "weight > 10"), "ana");
    assertThat(unknownField.status()).isEqualTo(422);
    assertThat(unknownField.body().path("errors").findValuesAsText("message").toString())
        .contains("weight");
    assertThat(unknownField.body().path("errors").findValues("line").stream().map(JsonNode::asInt))
        .contains(6);

    assertThat(api().get("/api/v1/rulesets/" + name).body().path("activeVersion").asInt())
        .isEqualTo(1);
    assertThat(api().get("/api/v1/rulesets/" + name + "/versions").body().size()).isEqualTo(1);
    assertThat(engine.activeVersion(name)).isEqualTo(1);
  }

  @Test
  void rollsBackToAnEarlierVersionAndAuditsEveryChangeWithItsDiff() {
    String name = fresh();
    put(name, LIMIT_10, "ana");
    Reply second = put(name, LIMIT_5, "ben");
    assertThat(second.body().path("activeVersion").asInt()).isEqualTo(2);
    assertThat(engine.evaluate(name, List.of(new Sample("x", 7))).decision())
        .isEqualTo(Decision.BLOCK);

    Reply rolledBack = api().call(HttpMethod.POST,
        "/api/v1/rulesets/" + name + "/activate/1", null, signedIn("cleo"));
    assertThat(rolledBack.status()).as(rolledBack.body().toString()).isEqualTo(200);
    assertThat(rolledBack.body().path("activeVersion").asInt()).isEqualTo(1);
    assertThat(engine.evaluate(name, List.of(new Sample("x", 7))).decision())
        .isEqualTo(Decision.ALLOW);

    JsonNode versions = api().get("/api/v1/rulesets/" + name + "/versions").body();
    assertThat(versions.findValuesAsText("version")).containsExactly("2", "1");
    assertThat(versions.get(1).path("active").asBoolean()).isTrue();

    JsonNode changes = api().get("/api/v1/rulesets/" + name + "/changes").body();
    assertThat(changes.findValuesAsText("action")).containsExactly("ACTIVATED", "SAVED", "SAVED");
    assertThat(changes.findValuesAsText("actor")).containsExactly("cleo", "ben", "ana");
    assertThat(changes.get(0).path("diff").asText())
        .contains("-  Sample(size > 5)", "+  Sample(size > 10)");
    assertThat(changes.get(1).path("diff").asText())
        .contains("-  Sample(size > 10)", "+  Sample(size > 5)");

    assertThat(api().call(HttpMethod.POST, "/api/v1/rulesets/" + name + "/activate/9", null,
        signedIn("cleo")).status()).isEqualTo(404);
  }

  @Test
  void testsScenariosAgainstTheActiveVersionOrADraft() {
    String name = fresh();
    put(name, LIMIT_10, "ana");
    Map<String, Object> expectBlock =
        Map.of("name", "seven is too many", "given", SIZE_7.get("given"),
            "expect", Map.of("decision", "BLOCK", "fired", List.of("Refuse samples over 5")));

    Reply active = api().call(HttpMethod.POST, "/api/v1/rulesets/" + name + "/test",
        Map.of("scenarios", List.of(expectBlock)));
    assertThat(active.body().path("version").asInt()).isEqualTo(1);
    assertThat(active.body().path("passed").asInt()).isZero();
    assertThat(active.body().path("results").get(0).path("failures").toString())
        .contains("expected decision BLOCK but was ALLOW", "'Refuse samples over 5' to fire");

    Reply draft = api().call(HttpMethod.POST, "/api/v1/rulesets/" + name + "/test",
        Map.of("drl", LIMIT_5, "scenarios", List.of(expectBlock)));
    assertThat(draft.body().path("passed").asInt()).as(draft.body().toString()).isEqualTo(1);
    assertThat(api().get("/api/v1/rulesets/" + name).body().path("activeVersion").asInt())
        .isEqualTo(1);
  }

  @Test
  void aRunawayRuleSetIsStoppedWithAnErrorNamingTheRule() {
    String name = fresh();
    String runaway = HEADER + """
        rule "Keep growing"
        when
          $s : Sample(size > 0)
        then
          delete($s);
          insert(new Sample($s.text(), $s.size() + 1));
        end
        """;
    Reply saved = put(name, runaway, "ana");
    assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);

    Reply report = api().call(HttpMethod.POST, "/api/v1/rulesets/" + name + "/test",
        Map.of("scenarios", List.of(SIZE_7)));

    assertThat(report.status()).isEqualTo(200);
    assertThat(report.body().path("results").get(0).path("failures").get(0).asText())
        .contains("'Keep growing'", "keeps re-firing");
  }

  @Test
  void unknownAndInvalidNamesAreClearProblems() {
    Reply unknown = api().get("/api/v1/rulesets/no-such-rules");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().path("detail").asText()).contains("no-such-rules");

    Reply invalid = put("Bad_Name!", LIMIT_10, "ana");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().path("detail").asText()).contains("not a valid rule set name");

    Reply empty = put(fresh(), " ", "ana");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body().toString()).doesNotContain("Exception", "at ai.xseven");
  }

  private static String failures(JsonNode report) {
    StringBuilder all = new StringBuilder();
    report.path("results").forEach(result -> {
      if (!result.path("passed").asBoolean()) {
        all.append(result.path("name").asText()).append(": ")
            .append(result.path("failures")).append("; ");
      }
    });
    return all.toString();
  }

  @Test
  void changesNeedAStudioAnalystOrAdmin() {
    String name = fresh();
    Reply anonymous = api().call(HttpMethod.PUT, "/api/v1/rulesets/" + name,
        Map.of("drl", LIMIT_10));
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.headers().getContentType()).hasToString("application/problem+json");
    assertThat(anonymous.body().path("detail").asText()).contains("studio analyst or admin");

    Reply wrongPassword = api().call(HttpMethod.PUT, "/api/v1/rulesets/" + name,
        Map.of("drl", LIMIT_10), basic("analyst", "not-the-password"));
    assertThat(wrongPassword.status()).isEqualTo(401);

    Reply owner = api().call(HttpMethod.POST, "/api/v1/rulesets/input-guardrails/activate/1",
        null, basic("marios-italian", "demo-owner-marios-italian"));
    assertThat(owner.status()).isEqualTo(403);
    assertThat(owner.body().path("detail").asText()).contains("Only studio analysts and admins");

    assertThat(api().get("/api/v1/rulesets/" + name).status()).isEqualTo(404);
  }
}
