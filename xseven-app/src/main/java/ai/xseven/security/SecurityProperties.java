package ai.xseven.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoOwnerTokens how the demo businesses' owner tokens are made on first start:
 *     {@code derived} (the embedded default: {@code demo-owner-<slug>}, documented in the README,
 *     for local use only) or {@code random} (256 random bits, printed once in the log)
 * @param adminPassword the studio's first admin password ({@code XSEVEN_ADMIN_PASSWORD});
 *     when empty a random one is generated and printed once in the log
 * @param demoAccounts whether the demo analyst and the demo owners get studio accounts with the
 *     README's passwords (the embedded default only)
 */
@ConfigurationProperties("xseven.security")
record SecurityProperties(DemoTokens demoOwnerTokens, String adminPassword, boolean demoAccounts) {

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
