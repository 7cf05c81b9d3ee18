package ai.xseven.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudioUserRepository extends JpaRepository<StudioUser, UUID> {

  Optional<StudioUser> findByUsernameIgnoreCase(String username);

  boolean existsByRole(StudioRole role);

  List<StudioUser> findAllByOrderByUsername();
}
