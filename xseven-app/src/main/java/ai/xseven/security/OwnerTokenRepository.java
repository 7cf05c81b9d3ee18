package ai.xseven.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnerTokenRepository extends JpaRepository<OwnerToken, UUID> {

  Optional<OwnerToken> findByTokenHash(String tokenHash);

  boolean existsByBusinessId(UUID businessId);

  void deleteByExpiresAtBefore(java.time.Instant instant);
}
