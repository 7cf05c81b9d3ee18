package ai.xseven.studio.conversations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the conversation pages write money and times. */
final class Cents {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private Cents() {}

  /** US cents as dollars with four decimals: one LLM call often costs a fraction of a cent. */
  static String dollars(BigDecimal cents) {
    return "$" + cents.movePointLeft(2).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  static String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }
}
