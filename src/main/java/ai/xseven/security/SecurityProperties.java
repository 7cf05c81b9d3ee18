package ai.xseven.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoOwnerTokens how the demo businesses' owner tokens are made on first start:
 *     {@code derived} (the embedded default: {@code demo-owner-<slug>}, documented in the README,
 *     for local use only) or {@code random} (256 random bits, printed once in the log)
 */
@ConfigurationProperties("xseven.security")
record SecurityProperties(DemoTokens demoOwnerTokens) {

  enum DemoTokens {
    DERIVED,
    RANDOM
  }

  SecurityProperties {
    if (demoOwnerTokens == null) {
      demoOwnerTokens = DemoTokens.DERIVED;
    }
  }
}
