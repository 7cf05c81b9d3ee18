package ai.xseven.business;

import java.security.SecureRandom;
import java.util.Base64;

/** Widget keys: 256 random bits, URL-safe Base64 behind a prefix that says what they are. */
final class WidgetKeys {

  static final String PREFIX = "xsw_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WidgetKeys() {}

  static String generate() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}
