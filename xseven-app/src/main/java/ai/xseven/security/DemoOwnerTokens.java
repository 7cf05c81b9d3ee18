package ai.xseven.security;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each demo business an owner token on first start (after the demo businesses are seeded)
 * and prints it, so a newcomer can open the dashboard chat at once. Embedded default: the token
 * is derived from the slug ({@code demo-owner-marios-italian}) and documented in the README;
 * with {@code xseven.security.demo-owner-tokens=random} (the prod profile) it is 256 random bits,
 * printed once and then only its hash is left.
 */
@Component
@Order(1)
class DemoOwnerTokens implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoOwnerTokens.class);

  private final BusinessService businesses;
  private final OwnerTokens tokens;
  private final SecurityProperties properties;
  private final TransactionTemplate transaction;

  DemoOwnerTokens(BusinessService businesses, OwnerTokens tokens, SecurityProperties properties,
      TransactionTemplate transaction) {
    this.businesses = businesses;
    this.tokens = tokens;
    this.properties = properties;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (BusinessProfile business : businesses.list()) {
      if (!isDemo(business)) {
        continue;
      }
      try {
        String token = transaction.execute(status -> seed(business));
        if (token != null) {
          log.info("Owner token for {} (dashboard chat, Authorization: Bearer …): {}",
              business.name(), token);
        }
      } catch (DataIntegrityViolationException raced) {
        log.info("Another node seeded the owner token of {} first", business.name());
      }
    }
  }

  private String seed(BusinessProfile business) {
    if (tokens.hasToken(business.id())) {
      return null;
    }
    if (properties.demoOwnerTokens() == SecurityProperties.DemoTokens.RANDOM) {
      return tokens.issue(business.id(), "demo");
    }
    String token = "demo-owner-" + business.slug();
    tokens.store(business.id(), token, "demo");
    return token;
  }

  /**
   * The demo businesses are the ones whose id is derived from their slug (see
   * {@code business.DemoBusinesses}); a real business has a random id and never gets a token
   * here.
   */
  static boolean isDemo(BusinessProfile business) {
    UUID derived = UUID.nameUUIDFromBytes(
        ("xseven-demo:" + business.slug()).getBytes(StandardCharsets.UTF_8));
    return derived.equals(business.id());
  }
}
