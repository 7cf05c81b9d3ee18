package ai.xseven.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginDefinitionTest {

  private final PluginDefinition greet = PluginDefinition.builder("greetGuest")
      .name("Greet a guest")
      .description("Says hello.")
      .input(InputField.text("name").label("Name").required())
      .input(InputField.choice("tone", "warm", "formal").defaultValue("warm"))
      .writes(Variable.required("greeting", String.class, "The greeting."))
      .agentTool()
      .build();

  @Test
  void theDefaultsAreSensible() {
    assertThat(greet.version()).isEqualTo("1.0.0");
    assertThat(greet.timeout()).isEqualTo(PluginDefinition.DEFAULT_TIMEOUT);
    assertThat(greet.agentTool()).isTrue();
    assertThat(greet.input("tone")).isPresent();
  }

  @Test
  void everyFieldProblemIsNamedAndDefaultsFillGaps() {
    assertThat(greet.problemsWith(Map.of("tone", "rude")))
        .containsExactly("'Name' is required.", "'tone' must be one of warm, formal, not 'rude'.");
    assertThat(greet.withDefaults(Map.of("name", "Ada")))
        .containsEntry("tone", "warm").containsEntry("name", "Ada");
    assertThat(greet.problemsWith(greet.withDefaults(Map.of("name", "Ada")))).isEmpty();
  }

  @Test
  void idsVersionsTimeoutsAndFieldNamesAreChecked() {
    assertThatThrownBy(() -> PluginDefinition.builder("send-email").build())
        .hasMessageContaining("A plugin id");
    assertThatThrownBy(() -> PluginDefinition.builder("x").version("1.0").build())
        .hasMessageContaining("is not major.minor.patch");
    assertThatThrownBy(() -> PluginDefinition.builder("x").timeout(Duration.ZERO).build())
        .hasMessageContaining("timeout must be positive");
    assertThatThrownBy(() -> PluginDefinition.builder("x").input(InputField.text("plugin"))
        .build()).hasMessageContaining("reserved");
  }

  @Test
  void aBusinessErrorCarriesAUsableBpmnErrorCode() {
    assertThat(new BusinessError("CARD_DECLINED", "The card was declined.").code())
        .isEqualTo("CARD_DECLINED");
    assertThatThrownBy(() -> new BusinessError("no spaces", "x"))
        .hasMessageContaining("BPMN error code");
  }
}
