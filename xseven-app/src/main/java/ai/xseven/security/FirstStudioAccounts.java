package ai.xseven.security;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On first start creates the studio's {@code admin}: with {@code xseven.security.admin-password}
 * (environment {@code XSEVEN_ADMIN_PASSWORD}) when set, else with a generated password
 * printed once in the log. In the embedded default it also gives the demo analyst and each demo
 * business's owner an account with the README's password.
 */
@Component
@Order(2)
class FirstStudioAccounts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstStudioAccounts.class);
  static final String ADMIN = "admin";
  static final String DEMO_ANALYST = "analyst";
  static final String DEMO_ANALYST_PASSWORD = "demo-analyst";

  private final StudioAccounts accounts;
  private final BusinessService businesses;
  private final SecurityProperties properties;

  FirstStudioAccounts(StudioAccounts accounts, BusinessService businesses,
      SecurityProperties properties) {
    this.accounts = accounts;
    this.businesses = businesses;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!accounts.anyAdmin()) {
      createAdmin();
    }
    if (properties.demoAccounts()) {
      createIfMissing(DEMO_ANALYST, DEMO_ANALYST_PASSWORD, StudioRole.ANALYST, null);
      for (BusinessProfile business : businesses.list()) {
        if (DemoOwnerTokens.isDemo(business)) {
          createIfMissing(business.slug(), "demo-owner-" + business.slug(), StudioRole.OWNER,
              business);
        }
      }
    }
  }

  private void createAdmin() {
    String configured = properties.adminPassword();
    boolean generated = configured == null || configured.isBlank();
    String password = generated ? randomPassword() : configured;
    try {
      accounts.create(ADMIN, password, StudioRole.ADMIN, null);
    } catch (DataIntegrityViolationException raced) {
      log.info("Another node created the studio admin first");
      return;
    }
    if (generated) {
      log.warn("Studio admin created. Sign in at /studio as '{}' with password {} "
          + "(shown only this once; set XSEVEN_ADMIN_PASSWORD to choose it)",
          ADMIN, password);
    } else {
      log.info("Studio admin '{}' created with the configured password", ADMIN);
    }
  }

  private void createIfMissing(String username, String password, StudioRole role,
      BusinessProfile business) {
    if (accounts.find(username).isPresent()) {
      return;
    }
    try {
      accounts.create(username, password, role, business == null ? null : business.id());
    } catch (DataIntegrityViolationException raced) {
      log.info("Another node created the studio user {} first", username);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
