package ai.xseven.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.plugin.PluginHarness;
import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SendEmailPluginTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("bot@marios.test", "bot",
          "smtp-password"));

  private final PluginHarness harness = new PluginHarness().secret("smtp.password",
      "smtp-password");

  /** The sender Spring Boot makes of spring.mail.*: host, port, username, maybe a password. */
  private static JavaMailSenderImpl configured(String password) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    sender.setUsername("bot");
    sender.setPassword(password);
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.auth", "true");
    sender.setJavaMailProperties(properties);
    return sender;
  }

  private static SendEmailPlugin plugin(JavaMailSender sender, String from) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    if (sender != null) {
      beans.addBean("mailSender", sender);
    }
    ObjectProvider<JavaMailSender> provider = beans.getBeanProvider(JavaMailSender.class);
    return new SendEmailPlugin(provider, from);
  }

  @Test
  void sendsTheMailWithThePasswordFromTheSecret() throws Exception {
    PluginResult result = harness.run(plugin(configured(null), "bookings@marios.test"),
        Map.of("to", "ana@example.com, bo@example.com", "subject", "Your table for 4",
            "body", "See you on Friday at 19:30.", "passwordSecret", "smtp.password"));

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[0].getSubject()).isEqualTo("Your table for 4");
    assertThat(GreenMailUtil.getBody(received[0]).strip())
        .isEqualTo("See you on Friday at 19:30.");
    assertThat(received[0].getFrom()[0].toString()).isEqualTo("bookings@marios.test");
    assertThat(result.outputs()).containsEntry("emailSentTo", "ana@example.com, bo@example.com");
  }

  @Test
  void usesTheConfiguredPasswordAndTheUsernameAsSenderWhenTheTaskNamesNeither()
      throws Exception {
    harness.run(plugin(configured("smtp-password"), ""),
        Map.of("to", "ana@example.com", "subject", "Hi", "body", "Hello"));

    assertThat(smtp.getReceivedMessages()).singleElement()
        .satisfies(message -> assertThat(message.getFrom()[0].toString()).isEqualTo("bot"));
  }

  @Test
  void aWrongPasswordIsATechnicalFailureAndNothingIsSent() {
    harness.secret("wrong", "not-the-password");

    assertThatThrownBy(() -> harness.run(plugin(configured(null), "x@marios.test"),
        Map.of("to", "ana@example.com", "subject", "Hi", "body", "Hello",
            "passwordSecret", "wrong")))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("could not be sent");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void anAddressThatIsNoneIsABusinessError() {
    assertThatThrownBy(() -> harness.run(plugin(configured("smtp-password"), "x@marios.test"),
        Map.of("to", "ana at example", "subject", "Hi", "body", "Hello")))
        .isInstanceOf(BusinessError.class)
        .extracting(error -> ((BusinessError) error).code()).isEqualTo("EMAIL_ADDRESS_INVALID");
  }

  @Test
  void withoutAnSmtpServerTheTaskSaysWhatToConfigure() {
    assertThatThrownBy(() -> harness.run(plugin(null, "x@marios.test"),
        Map.of("to", "ana@example.com", "subject", "Hi", "body", "Hello")))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("set spring.mail.host");
  }
}
