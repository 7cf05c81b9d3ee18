package ai.xseven.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.sdk.Variable;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PluginDocsTest {

  private static final PluginDefinition SEND_SMS = PluginDefinition.builder("sendSms")
      .version("1.4.2")
      .name("Send an SMS")
      .description("Texts the customer.")
      .input(InputField.text("to").label("Phone number").required().pattern("\\+?[0-9 ]+")
          .description("Where the text goes | with the country code."))
      .input(InputField.choice("provider", "twilio", "vonage").defaultValue("twilio"))
      .input(InputField.number("retries").min(0).max(5))
      .input(InputField.secret("apiKey").required())
      .reads(Variable.required("customerName", String.class, "Who is texted."))
      .writes(Variable.optional("smsId", String.class, "The provider's id\nof the message."))
      .agentTool()
      .timeout(Duration.ofMillis(2500))
      .build();

  @Test
  void theMarkdownDescribesEveryFieldVariableAndHowThePluginRuns() {
    String markdown = PluginDocs.markdown(entry(Path.of("plugins", "sms-1.4.2.jar")));

    assertThat(markdown).startsWith("# Send an SMS\n\n`sendSms` · version 1.4.2 · from "
        + "`sms-1.4.2.jar`\n\nTexts the customer.\n\n## Input fields\n\n"
        + "| Field | Type | Required | Default | Constraints | Description |\n");
    assertThat(markdown)
        .contains("| `to` Phone number | text | yes |  | matches \\\\+?\\[0-9 \\]+ "
            + "| Where the text goes \\| with the country code. |\n")
        .contains("| `provider` | enum | no | twilio | one of twilio, vonage |  |\n")
        .contains("| `retries` | number | no |  | at least 0; at most 5 |  |\n")
        .contains("| `apiKey` | secret | yes |  | the name of a secret, never the secret "
            + "itself |  |\n")
        .contains("Reads:\n\n* customerName (String, required): Who is texted.\n")
        .contains("Writes:\n\n* smsId (String): The provider's id of the message.\n")
        .contains("* Agents may call it as a tool; its input fields are the tool's parameters.")
        .contains("* Timeout: 2500 ms.")
        .contains("* Origin: the jar sms-1.4.2.jar in the plugins folder.");
  }

  @Test
  void aBuiltInPluginWithoutFieldsSaysSo() {
    PluginDefinition bare = PluginDefinition.builder("ping").build();
    String markdown = PluginDocs.markdown(PluginEntry.of(new InstalledPlugin(plugin(bare), bare,
        null)));

    assertThat(markdown).contains("`ping` · version 1.0.0 · built-in")
        .contains("None: the task needs no settings.")
        .contains("Reads: none.").contains("Writes: none.")
        .contains("* Agents may not call it; it runs only as a service task.")
        .contains("* Timeout: 30 s.")
        .contains("* Origin: shipped with X-Seven.");
  }

  @Test
  void theCatalogEntrySpellsOutTypesAndConstraints() {
    PluginEntry entry = entry(Path.of("sms.jar"));

    assertThat(entry.origin()).isEqualTo("sms.jar");
    assertThat(entry.timeout()).isEqualTo("PT2.5S");
    assertThat(entry.inputs()).extracting(PluginEntry.Field::type)
        .containsExactly("text", "enum", "number", "secret");
    assertThat(entry.inputs().get(0).constraints()).containsExactly("matches \\+?[0-9 ]+");
    assertThat(entry.inputs().get(2).maxLength()).isNull();
  }

  private static PluginEntry entry(Path jar) {
    return PluginEntry.of(new InstalledPlugin(plugin(SEND_SMS), SEND_SMS, jar));
  }

  private static ServiceTaskPlugin plugin(PluginDefinition definition) {
    return new ServiceTaskPlugin() {
      @Override
      public PluginDefinition definition() {
        return definition;
      }

      @Override
      public PluginResult execute(PluginContext context) {
        return PluginResult.builder().build();
      }
    };
  }
}
