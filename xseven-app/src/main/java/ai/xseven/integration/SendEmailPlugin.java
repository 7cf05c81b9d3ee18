package ai.xseven.integration;

import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.sdk.Variable;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends a plain-text e-mail over the SMTP server of {@code spring.mail.*} (host, port, username,
 * {@code spring.mail.password} or a secret the task names), through Spring's Jakarta Mail sender.
 * An address that is not one is the BPMN error {@code EMAIL_ADDRESS_INVALID}; a server that cannot
 * be reached or refuses is a technical failure, retried.
 */
@Component
class SendEmailPlugin implements ServiceTaskPlugin {

  private final ObjectProvider<JavaMailSender> senders;
  private final String defaultFrom;

  SendEmailPlugin(ObjectProvider<JavaMailSender> senders,
      @Value("${xseven.plugins.email.from:}") String defaultFrom) {
    this.senders = senders;
    this.defaultFrom = defaultFrom;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("sendEmail")
        .name("Send e-mail")
        .description("Sends a plain-text e-mail over the configured SMTP server (spring.mail.*).")
        .input(InputField.expression("to").label("To").required().maxLength(1000)
            .description("One or more addresses, comma-separated, e.g. ${customerContact}."))
        .input(InputField.expression("subject").label("Subject").required().maxLength(300))
        .input(InputField.expression("body").label("Body").required().maxLength(100_000))
        .input(InputField.text("from").label("From").maxLength(300)
            .description("The sender; empty: xseven.plugins.email.from, else spring.mail.username."))
        .input(InputField.secret("passwordSecret").label("SMTP password secret")
            .description("The name of the secret holding the SMTP password; empty: "
                + "spring.mail.password."))
        .writes(List.of(Variable.required("emailSentTo", String.class,
            "The addresses the e-mail went to.")))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    JavaMailSender sender = sender(context);
    String to = context.text("to").orElseThrow();
    InternetAddress[] recipients;
    try {
      recipients = InternetAddress.parse(to, true);
    } catch (AddressException e) {
      throw new BusinessError("EMAIL_ADDRESS_INVALID", "'" + to + "' is not an e-mail address.");
    }
    if (recipients.length == 0) {
      throw new BusinessError("EMAIL_ADDRESS_INVALID", "There is no address to send to.");
    }
    String[] addresses = Arrays.stream(recipients).map(InternetAddress::getAddress)
        .toArray(String[]::new);
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from(context, sender));
    message.setTo(addresses);
    message.setSubject(context.text("subject").orElseThrow());
    message.setText(context.value("body").map(Object::toString).orElseThrow());
    try {
      sender.send(message);
    } catch (MailException e) {
      throw new PluginException("Task " + context.taskId() + ": the e-mail to " + to
          + " could not be sent: " + e.getMessage(), e);
    }
    return PluginResult.builder().output("emailSentTo", String.join(", ", addresses)).build();
  }

  private JavaMailSender sender(PluginContext context) {
    JavaMailSender configured = senders.getIfAvailable();
    if (configured == null) {
      throw new PluginException("Task " + context.taskId() + " sends e-mail, but no SMTP server "
          + "is configured: set spring.mail.host (and port, username, password).");
    }
    if (context.text("passwordSecret").isEmpty()) {
      return configured;
    }
    if (!(configured instanceof JavaMailSenderImpl smtp)) {
      throw new PluginException("Task " + context.taskId() + " names an SMTP password secret, "
          + "but the mail sender is not configured through spring.mail.*");
    }
    JavaMailSenderImpl withSecret = new JavaMailSenderImpl();
    withSecret.setHost(smtp.getHost());
    withSecret.setPort(smtp.getPort());
    withSecret.setProtocol(smtp.getProtocol());
    withSecret.setUsername(smtp.getUsername());
    withSecret.setDefaultEncoding(smtp.getDefaultEncoding());
    withSecret.setJavaMailProperties(smtp.getJavaMailProperties());
    withSecret.setPassword(context.secret("passwordSecret"));
    return withSecret;
  }

  private String from(PluginContext context, JavaMailSender sender) {
    String from = context.text("from").orElse(defaultFrom);
    if ((from == null || from.isBlank()) && sender instanceof JavaMailSenderImpl smtp) {
      from = smtp.getUsername();
    }
    if (from == null || from.isBlank()) {
      throw new PluginException("Task " + context.taskId() + " sends e-mail from no address: "
          + "set its From, xseven.plugins.email.from or spring.mail.username.");
    }
    return from;
  }
}
