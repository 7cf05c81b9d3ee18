package ai.xseven.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owner tokens: issued once, shown once, stored as their SHA-256. A token is 256 random bits, so
 * one unsalted fast hash is enough (nothing to brute-force), and a lookup is one indexed query.
 */
@Service
@Transactional
public class OwnerTokens {

  private static final String BEARER = "bearer ";
  private static final String BASIC = "basic ";

  static final String PREFIX = "xso_";

  private final OwnerTokenRepository tokens;
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  OwnerTokens(OwnerTokenRepository tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** Issues a new random token for the owner of {@code businessId}; the caller shows it once. */
  public String issue(UUID businessId, String label) {
    String token = newToken();
    store(businessId, token, label);
    return token;
  }

  private String newToken() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /**
   * Issues a token that stops working after {@code lifetime}, e.g. for the studio's playground to
   * open the dashboard chat; expired tokens are deleted on the way.
   */
  public String issueTemporary(UUID businessId, String label, Duration lifetime) {
    Instant now = clock.instant();
    tokens.deleteByExpiresAtBefore(now);
    String token = newToken();
    OwnerToken stored = new OwnerToken(businessId, hash(token), label, now);
    stored.expiresAt = now.plus(lifetime);
    tokens.save(stored);
    return token;
  }

  /**
   * The owner an {@code Authorization} header names: null without the header or with a studio
   * account's HTTP Basic, 401 for anything but a known bearer token.
   */
  public Owner fromAuthorization(String header) {
    if (header == null || header.isBlank() || isStudioSignIn(header)) {
      return null;
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw OwnerAuthenticationException.unknown();
    }
    return authenticate(header.substring(BEARER.length()))
        .orElseThrow(OwnerAuthenticationException::unknown);
  }

  /** HTTP Basic is a studio account, which Spring Security checks; it is no owner token. */
  private static boolean isStudioSignIn(String header) {
    return header.regionMatches(true, 0, BASIC, 0, BASIC.length());
  }

  /** The owner a presented token belongs to; empty for an unknown or expired token. */
  @Transactional(readOnly = true)
  public Optional<Owner> authenticate(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return tokens.findByTokenHash(hash(token.strip()))
        .filter(found -> !found.expiredAt(clock.instant()))
        .map(OwnerToken::toOwner);
  }

  void store(UUID businessId, String token, String label) {
    tokens.save(new OwnerToken(businessId, hash(token), label, clock.instant()));
  }

  boolean hasToken(UUID businessId) {
    return tokens.existsByBusinessId(businessId);
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
