package ai.xseven.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The playground's owner tokens work for their lifetime and not a moment longer. */
class TemporaryOwnerTokensTest {

  static final UUID MARIOS = UUID.randomUUID();

  final Map<String, OwnerToken> stored = new HashMap<>();
  final OwnerTokenRepository repository = mock(OwnerTokenRepository.class);
  final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T10:00:00Z"));
  final OwnerTokens tokens = new OwnerTokens(repository, clock);

  TemporaryOwnerTokensTest() {
    when(repository.save(any())).thenAnswer(call -> {
      OwnerToken token = call.getArgument(0);
      stored.put(token.tokenHash, token);
      return token;
    });
    when(repository.findByTokenHash(any()))
        .thenAnswer(call -> Optional.ofNullable(stored.get(call.<String>getArgument(0))));
  }

  @Test
  void aTemporaryTokenSignsInAsTheOwnerUntilItExpires() {
    String token = tokens.issueTemporary(MARIOS, "studio:analyst", Duration.ofMinutes(30));

    assertThat(tokens.authenticate(token)).map(Owner::businessId).contains(MARIOS);
    assertThat(tokens.authenticate(token)).map(Owner::actor)
        .contains("owner:" + MARIOS + "/studio:analyst");
    clock.now = clock.now.plus(Duration.ofMinutes(29));
    assertThat(tokens.authenticate(token)).isPresent();
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(tokens.authenticate(token)).isEmpty();
  }

  @Test
  void aTokenIssuedForGoodNeverExpires() {
    String token = tokens.issue(MARIOS, "api");
    clock.now = clock.now.plus(Duration.ofDays(3650));
    assertThat(tokens.authenticate(token)).isPresent();
  }

  @Test
  void issuingATemporaryTokenDeletesTheExpiredOnes() {
    tokens.issueTemporary(MARIOS, "studio:analyst", Duration.ofMinutes(30));
    verify(repository).deleteByExpiresAtBefore(clock.now);
  }

  static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
