package ai.xseven.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of the studio accounts. */
@Service
class StudioUserDetails implements UserDetailsService {

  private final StudioUserRepository users;

  StudioUserDetails(StudioUserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    StudioUser user = users.findByUsernameIgnoreCase(username == null ? "" : username.trim())
        .orElseThrow(() -> new UsernameNotFoundException("No studio user " + username));
    return User.withUsername(user.username)
        .password(user.passwordHash)
        .disabled(!user.enabled)
        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + user.role.name())))
        .build();
  }
}
