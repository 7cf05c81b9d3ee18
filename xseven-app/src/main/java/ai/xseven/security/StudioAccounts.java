package ai.xseven.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and lists studio accounts; the only place a studio password is hashed. */
@Service
public class StudioAccounts {

  static final int MIN_PASSWORD_LENGTH = 10;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

  private final StudioUserRepository users;
  private final PasswordEncoder passwords;
  private final Clock clock;

  StudioAccounts(StudioUserRepository users, PasswordEncoder passwords, Clock clock) {
    this.users = users;
    this.passwords = passwords;
    this.clock = clock;
  }

  /**
   * @throws IllegalArgumentException with a sentence for the person who typed it
   */
  @Transactional
  public StudioAccount create(String username, String password, StudioRole role, UUID businessId) {
    String name = username == null ? "" : username.trim().toLowerCase();
    if (!USERNAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A user name is 2 to 100 lower-case letters, digits, "
          + "dots, dashes, @ or underscores, starting with a letter or digit.");
    }
    if (users.findByUsernameIgnoreCase(name).isPresent()) {
      throw new IllegalArgumentException("There is already a user named " + name + ".");
    }
    requireStrong(password);
    if (role == StudioRole.OWNER && businessId == null) {
      throw new IllegalArgumentException("An owner belongs to one business: choose it.");
    }
    if (role != StudioRole.OWNER && businessId != null) {
      throw new IllegalArgumentException("Only owners belong to a business.");
    }
    StudioUser user =
        new StudioUser(name, passwords.encode(password), role, businessId, clock.instant());
    return users.save(user).toAccount();
  }

  @Transactional
  public void changePassword(UUID userId, String password) {
    requireStrong(password);
    StudioUser user = users.findById(userId)
        .orElseThrow(() -> new IllegalArgumentException("There is no such user."));
    user.passwordHash = passwords.encode(password);
  }

  @Transactional
  public void setEnabled(UUID userId, boolean enabled) {
    StudioUser user = users.findById(userId)
        .orElseThrow(() -> new IllegalArgumentException("There is no such user."));
    user.enabled = enabled;
  }

  @Transactional(readOnly = true)
  public List<StudioAccount> list() {
    return users.findAllByOrderByUsername().stream().map(StudioUser::toAccount).toList();
  }

  @Transactional(readOnly = true)
  public Optional<StudioAccount> find(String username) {
    return users.findByUsernameIgnoreCase(username).map(StudioUser::toAccount);
  }

  boolean anyAdmin() {
    return users.existsByRole(StudioRole.ADMIN);
  }

  private static void requireStrong(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
  }
}
