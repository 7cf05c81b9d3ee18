package ai.xseven.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that seals stored secrets: {@code XSEVEN_SECRETS_KEY} (base64 of 16, 24 or 32 bytes),
 * or else a key generated on first use into {@code <data dir>/secrets.key} (readable by its owner
 * only). The generated key suits the embedded default on one node; production sets the variable,
 * the same on every node, and keeps it apart from database backups.
 */
@Component
class SecretsKey {

  private static final Logger log = LoggerFactory.getLogger(SecretsKey.class);

  private final String configured;
  private final Path file;
  private volatile SecretCipher cipher;

  SecretsKey(@Value("${XSEVEN_SECRETS_KEY:}") String configured,
      @Value("${xseven.data-dir:./data}") Path dataDir) {
    this.configured = configured.strip();
    this.file = dataDir.resolve("secrets.key");
  }

  SecretCipher cipher() {
    SecretCipher current = cipher;
    if (current == null) {
      synchronized (this) {
        if (cipher == null) {
          cipher = new SecretCipher(decode(configured.isEmpty() ? fromFile() : configured));
        }
        current = cipher;
      }
    }
    return current;
  }

  private String fromFile() {
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      String key = Base64.getEncoder().encodeToString(SecretCipher.newKey());
      Files.writeString(file, key, StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        log.warn("Could not restrict {} to its owner on this file system", file);
      }
      log.warn("Generated a secrets key in {}: stored plugin secrets are sealed with it. Set "
          + "XSEVEN_SECRETS_KEY (the same on every node) in production.", file.toAbsolutePath());
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("The secrets key file " + file + " cannot be used", e);
    }
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("XSEVEN_SECRETS_KEY is not base64.");
    }
  }
}
