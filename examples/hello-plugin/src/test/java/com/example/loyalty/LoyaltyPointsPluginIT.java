package com.example.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.testkit.Conversation;
import ai.xseven.testkit.PlatformHarness;
import ai.xseven.testkit.ScriptedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar in a plugins folder of the real platform: installed from the jar, offered to
 * the modeler, run by a diagram whose reply carries the plugin's output. Runs after
 * {@code package} (Failsafe), with the plugin's classes off the class path: only the jar has them.
 */
class LoyaltyPointsPluginIT {

  static PlatformHarness platform;

  @BeforeAll
  static void startThePlatformWithTheJar(@TempDir Path plugins) throws Exception {
    Path jar = Path.of(System.getProperty("plugin.jar", "target/hello-plugin-1.0.0-SNAPSHOT.jar"));
    Files.copy(jar, plugins.resolve(jar.getFileName()));
    platform = PlatformHarness.builder()
        .pluginsFolder(plugins)
        .property("xseven.secrets.loyalty.key", "s3cret")
        .model(ScriptedModel.answering(question -> question.contains("expire")
            ? "Your points never expire." : "I can only help with your points."))
        .start();
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void thePluginIsInstalledFromTheJarAndOfferedToTheModeler() {
    assertThat(platform.pluginFailures()).isEmpty();
    assertThat(platform.installedPlugins()).contains("loyaltyPoints");
    assertThat(platform.jarOf("loyaltyPoints")).hasValueSatisfying(jar ->
        assertThat(jar.getFileName().toString()).startsWith("hello-plugin"));
    assertThat(platform.elementTemplatesJson())
        .contains("\"ai.xseven.plugin.loyaltyPoints\"", "Award loyalty points", "Points per unit");
  }

  @Test
  void aConversationGetsThePointsInItsReplyAndIsAskedAgainWhenItGivesNoAmount() throws Exception {
    platform.deploy(Path.of("src/test/resources/loyalty-chat.bpmn"));
    Conversation chat = platform.startConversation();
    assertThat(chat.opening()).containsExactly(
        "Welcome to Hello Rewards! How much did you spend today?");

    assertThat(chat.say("quite a lot")).containsExactly(
        "Sorry, I found no amount in that. How much did you spend?");
    assertThat(chat.position()).containsExactly("Receive_Amount");

    assertThat(chat.say("I spent 42.50")).singleElement().asString().matches("That purchase earns "
        + "you 170 Pizza Club points \\(gold tier\\)\\. Your reward code: HR-[0-9A-F]{4}-[0-9A-F]{4}\\. "
        + "Any question about your points\\?");
    assertThat(chat.position()).containsExactly("Receive_Question");
    assertThat(chat.variable("loyaltyPoints")).contains(170);

    assertThat(chat.say("Do my points expire?")).containsExactly("Your points never expire.");
    assertThat(chat.say("And can I share them?")).containsExactly(
        "I can only help with your points.");
    assertThat(chat.position()).containsExactly("Receive_Question");
    assertThat(platform.model().requests()).hasSize(2);
  }
}
