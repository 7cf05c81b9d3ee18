package com.example.loyalty;

import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import ai.xseven.sdk.Variable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tells a customer how many loyalty points a purchase earns: the amount spent times the points
 * per unit times the tier's bonus. With a signing key it adds a reward code the till can check.
 *
 * <p>Installed from {@code META-INF/services/ai.xseven.sdk.ServiceTaskPlugin}; the platform calls
 * {@link #definition()} once and {@link #execute} for every task (or agent tool call).
 */
public class LoyaltyPointsPlugin implements ServiceTaskPlugin {

  static final String AMOUNT = "amount";
  static final String PROGRAM = "programName";
  static final String POINTS_PER_UNIT = "pointsPerUnit";
  static final String TIER = "tier";
  static final String SIGNING_KEY = "signingKey";

  private static final Map<String, BigDecimal> TIER_BONUS = Map.of(
      "bronze", BigDecimal.ONE, "silver", new BigDecimal("1.5"), "gold", BigDecimal.valueOf(2));
  /** The first number in the text: "42.50", "$42.50", "I spent 42,50 today". */
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d{1,2})?");

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("loyaltyPoints")
        .version("1.0.0")
        .name("Award loyalty points")
        .description("Works out the loyalty points a purchase earns and writes a sentence for "
            + "the customer.")
        .input(InputField.expression(AMOUNT).label("Amount spent").required().maxLength(200)
            .description("What the customer spent: ${orderTotal}, or ${message} to read it from "
                + "the customer's words."))
        .input(InputField.text(PROGRAM).label("Program name").defaultValue("Hello Rewards")
            .maxLength(40).description("How the reply names the points, e.g. Pizza Club."))
        .input(InputField.number(POINTS_PER_UNIT).label("Points per unit").min(1).max(10)
            .defaultValue("1").description("Points for each whole unit of currency spent."))
        .input(InputField.choice(TIER, "bronze", "silver", "gold").label("Tier")
            .defaultValue("bronze").description("Silver earns 1.5 times the points, gold twice."))
        .input(InputField.secret(SIGNING_KEY).label("Reward code signing key")
            .description("Optional: the name of a secret; with it the reply carries a reward "
                + "code signed with that key."))
        .reads(Variable.optional("customerName", String.class,
            "The customer's name, when the conversation knows it."))
        .writes(Variable.required("loyaltyPoints", Integer.class, "The points earned."))
        .writes(Variable.required("loyaltyMessage", String.class,
            "A sentence for the customer with the points (and reward code)."))
        .agentTool()
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) throws GeneralSecurityException {
    BigDecimal amount = amount(context.text(AMOUNT).orElseThrow());
    BigDecimal perUnit = context.number(POINTS_PER_UNIT).orElseThrow();
    String tier = context.text(TIER).orElseThrow();
    int points = amount.multiply(perUnit).multiply(TIER_BONUS.get(tier))
        .setScale(0, RoundingMode.DOWN).intValueExact();

    StringBuilder message = new StringBuilder();
    context.variable("customerName", String.class)
        .ifPresent(name -> message.append("Thanks ").append(name).append("! "));
    // No amount in the sentence: the output guardrails send back a price the catalog lacks.
    message.append("That purchase earns you ").append(points).append(' ')
        .append(context.text(PROGRAM).orElseThrow()).append(" points (").append(tier)
        .append(" tier).");
    if (context.text(SIGNING_KEY).isPresent()) {
      message.append(" Your reward code: ")
          .append(rewardCode(context.secret(SIGNING_KEY), context.conversationId(), points))
          .append('.');
    }
    return PluginResult.builder()
        .output("loyaltyPoints", points)
        .output("loyaltyMessage", message.toString())
        .build();
  }

  /** A business error, not a failure: the diagram asks the customer again. */
  private static BigDecimal amount(String text) {
    Matcher number = NUMBER.matcher(text);
    if (!number.find()) {
      throw new BusinessError("NOT_AN_AMOUNT", "'" + text + "' holds no amount.");
    }
    BigDecimal amount = new BigDecimal(number.group().replace(',', '.'));
    if (amount.signum() == 0) {
      throw new BusinessError("NO_PURCHASE", "Nothing was spent, so no points are earned.");
    }
    return amount;
  }

  /**
   * HR- and the first eight hex digits of HMAC-SHA256(conversation:points), as HR-XXXX-XXXX: the
   * letters keep an all-digit code from looking like a phone number to the output guardrails.
   */
  static String rewardCode(String key, String conversationId, int points)
      throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String hex = HexFormat.of().withUpperCase().formatHex(
        mac.doFinal((conversationId + ":" + points).getBytes(StandardCharsets.UTF_8)));
    return "HR-" + hex.substring(0, 4) + "-" + hex.substring(4, 8);
  }
}
