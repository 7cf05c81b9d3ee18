package ai.xseven.business;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.conversation.ChatApi;
import ai.xseven.conversation.ChatApi.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

/** The business's rule sets are seeded at start-up and pass their shipped scenarios there too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PolicyRuleSetsIT {

  @Autowired TestRestTemplate http;

  @ParameterizedTest
  @ValueSource(strings = {"booking-policy", "menu-change-policy"})
  void shippedScenariosPassAgainstTheSeededVersion(String ruleSet) {
    Reply report =
        new ChatApi(http).call(HttpMethod.POST, "/api/v1/rulesets/" + ruleSet + "/test", null);

    assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
    assertThat(report.body().path("total").asInt()).isGreaterThanOrEqualTo(8);
    assertThat(report.body().path("passed").asInt())
        .as(report.body().toString())
        .isEqualTo(report.body().path("total").asInt());
  }
}
