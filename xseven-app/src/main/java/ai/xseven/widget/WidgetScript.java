package ai.xseven.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * widget.js as the build copied it to the classpath, read once. Its version is a hash of its
 * bytes, so a changed script gets a new URL and browsers may cache each URL for ever.
 */
@Component
class WidgetScript {

  private final byte[] bytes;
  private final String version;

  WidgetScript() {
    try (InputStream in = new ClassPathResource("static/widget.js").getInputStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("widget.js is missing from the classpath (static/)", e);
    }
    version = sha256(bytes).substring(0, 16);
  }

  byte[] bytes() {
    return bytes;
  }

  String version() {
    return version;
  }

  String versionedPath() {
    return "/widget/" + version + "/widget.js";
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
