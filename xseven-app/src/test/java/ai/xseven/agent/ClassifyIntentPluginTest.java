package ai.xseven.agent;

import ai.xseven.support.TaskContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the stage of the conversation turns a classified message into the kind the gateway reads. */
class ClassifyIntentPluginTest {

  private static final BusinessProfile MARIOS = new BusinessProfile(UUID.randomUUID(),
      "marios-italian", "Mario's Italian", BusinessKind.RESTAURANT, "", "downtown",
      "12 Main Street", "+1 555 0100", ZoneId.of("America/New_York"), 50, 90);

  private static ClassifyIntentPlugin plugin;

  @BeforeAll
  static void plugin() {
    BusinessService businesses = mock(BusinessService.class);
    when(businesses.find(MARIOS.id())).thenReturn(Optional.of(MARIOS));
    plugin = new ClassifyIntentPlugin(new IntentClassifier(new AllMiniLmL6V2EmbeddingModel()),
        new BookingDetailsExtractor(), new ConversationBusiness(businesses), Clock.systemUTC());
  }

  @ParameterizedTest(name = "\"{1}\" in stage {0} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      open       | where is my order?                          | manage
      open       | can we move my booking to Saturday at 8pm?  | manage
      open       | I'm here                                     | manage
      open       | yes                                          | affirm
      open       | what are your opening hours?                | question
      managing   | yes                                          | manage
      managing   | no                                           | manage
      managing   | the first one                                | manage
      managing   | Saturday at 8pm                              | manage
      managing   | what are your opening hours?                | question
      managing   | bye                                          | goodbye
      collecting | make it 8pm instead                          | booking
      collecting | where is my order?                          | manage
      confirming | no, cancel the booking                       | deny
      """)
  void readsTheMessageInTheLightOfTheStage(String stage, String message, String kind) {
    var result = plugin.execute(new TaskContext(UUID.randomUUID().toString(),
        "Task_ClassifyIntent",
        Map.of("message", message, "stage", stage, "businessId", MARIOS.id().toString()),
        Map.of()));

    assertThat(result.outputs().get("intentKind")).isEqualTo(kind);
  }
}
