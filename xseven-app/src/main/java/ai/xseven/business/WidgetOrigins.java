package ai.xseven.business;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The page origins allowed to embed a business's widget, as an owner types them: one per line or
 * comma-separated, each a scheme, a host and an optional port ({@code https://example.com},
 * {@code http://localhost:3000}). Each is written the way a browser sends it in its
 * {@code Origin} header, so that issue 7 can compare them as they are.
 */
public final class WidgetOrigins {

  public static final int MAX_ORIGINS = 20;

  private WidgetOrigins() {}

  /**
   * The typed origins, normalised ({@code HTTPS://Example.com:443/} becomes
   * {@code https://example.com}).
   *
   * @throws IllegalArgumentException naming every entry that is not an origin, in sentences
   */
  public static List<String> parse(String typed) {
    List<String> problems = new ArrayList<>();
    Set<String> origins = new LinkedHashSet<>();
    for (String entry : typed == null ? new String[0] : typed.split("[,\\s]+")) {
      if (entry.isBlank()) {
        continue;
      }
      try {
        if (!origins.add(normalise(entry))) {
          problems.add(entry + " is listed twice.");
        }
      } catch (IllegalArgumentException notAnOrigin) {
        problems.add(notAnOrigin.getMessage());
      }
    }
    if (origins.size() > MAX_ORIGINS) {
      problems.add("List at most " + MAX_ORIGINS + " origins, not " + origins.size() + ".");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    return List.copyOf(origins);
  }

  static String normalise(String entry) {
    String text = entry.strip();
    String example = " Write an origin like https://example.com.";
    if (text.equals("*") || text.contains("*")) {
      throw new IllegalArgumentException(
          "'" + text + "': wildcards are not allowed; list each origin." + example);
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + text + "' is not an origin." + example);
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme == null || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "'" + text + "' needs a scheme and a host." + example);
    }
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(
          "'" + text + "': an origin starts with https:// or http://.");
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()
            && !uri.getRawPath().equals("/"))) {
      throw new IllegalArgumentException("'" + text + "' is a page address, not an origin: "
          + "keep only the scheme, host and port, like " + scheme + "://" + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + ".");
    }
    int port = uri.getPort();
    boolean defaultPort = port < 0 || (scheme.equals("https") && port == 443)
        || (scheme.equals("http") && port == 80);
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port);
  }
}
