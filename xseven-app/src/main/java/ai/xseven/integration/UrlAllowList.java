package ai.xseven.integration;

import ai.xseven.sdk.PluginException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The URLs the HTTP plugins may call, from {@code xseven.plugins.http.allowed-urls}: an entry is a
 * URL prefix ({@code https://api.example.com/v1/}: that scheme, host, port and path), a host
 * ({@code api.example.com}: any path, http or https) or a domain ({@code *.example.com}: its
 * subdomains). Nothing else is called: no other scheme, no credentials in the URL, no
 * {@code ..} in the path. A host that resolves to a loopback, private, link-local or other
 * internal address is refused unless an entry names that very host (a prefix or a plain host, never
 * a domain), so an allowed domain cannot be pointed at the platform's own network. Redirects are
 * not followed (see {@link OutboundHttp}), so an allowed URL cannot send the call elsewhere.
 */
@Component
class UrlAllowList {

  private final List<Entry> entries = new ArrayList<>();

  UrlAllowList(HttpPluginProperties properties) {
    for (String entry : properties.allowedUrls()) {
      if (entry != null && !entry.isBlank()) {
        entries.add(Entry.parse(entry.strip()));
      }
    }
  }

  /**
   * The URL, once it may be called.
   *
   * @throws PluginException naming the URL and why it is refused
   */
  URI check(String url) {
    URI uri = parse(url);
    Entry entry = entries.stream().filter(candidate -> candidate.matches(uri)).findFirst()
        .orElseThrow(() -> refused(url, "it is not on the allow-list "
            + "(xseven.plugins.http.allowed-urls)"));
    if (!entry.namesHost()) {
      internalAddress(uri.getHost()).ifPresent(address -> {
        throw refused(url, uri.getHost() + " resolves to the internal address " + address
            + "; only an allow-list entry naming that host may reach it");
      });
    }
    return uri;
  }

  private static URI parse(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw refused(url, "it is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused(url, "only http and https URLs are called");
    }
    if (uri.getHost() == null) {
      throw refused(url, "it names no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw refused(url, "it carries credentials; use the task's secret instead");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
      throw refused(url, "its path has . or .. segments");
    }
    return uri;
  }

  /** The first internal address the host resolves to, if any. */
  private static Optional<String> internalAddress(String host) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new PluginException("The host " + host + " cannot be resolved");
    }
    for (InetAddress address : addresses) {
      if (internal(address)) {
        return Optional.of(address.getHostAddress());
      }
    }
    return Optional.empty();
  }

  static boolean internal(InetAddress address) {
    if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    return first == 0 // "this network"
        || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64/10
        || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
        || first >= 240; // reserved and broadcast
  }

  private static PluginException refused(String url, String why) {
    return new PluginException("The URL " + url + " is refused: " + why + ".");
  }

  /** One allow-list entry. */
  private record Entry(String scheme, String host, boolean domain, int port, String path) {

    static Entry parse(String text) {
      if (!text.contains("://")) {
        String host = text.toLowerCase(Locale.ROOT);
        boolean domain = host.startsWith("*.");
        return new Entry(null, domain ? host.substring(1) : host, domain, -1, "/");
      }
      URI uri;
      try {
        uri = new URI(text);
      } catch (URISyntaxException e) {
        throw new IllegalStateException("xseven.plugins.http.allowed-urls: '" + text
            + "' is not a URL: " + e.getMessage());
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
        throw new IllegalStateException("xseven.plugins.http.allowed-urls: '" + text
            + "' is not an http or https URL with a host");
      }
      String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
      return new Entry(scheme, uri.getHost().toLowerCase(Locale.ROOT), false,
          port(scheme, uri.getPort()), path);
    }

    boolean namesHost() {
      return !domain;
    }

    boolean matches(URI uri) {
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      if (domain) {
        return host.endsWith(this.host) && host.length() > this.host.length();
      }
      if (!host.equals(this.host)) {
        return false;
      }
      if (scheme == null) {
        return true;
      }
      String urlScheme = uri.getScheme().toLowerCase(Locale.ROOT);
      String urlPath = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
      return urlScheme.equals(scheme) && port(urlScheme, uri.getPort()) == port
          && (urlPath.equals(path) || urlPath.startsWith(path.endsWith("/") ? path : path + "/"));
    }

    private static int port(String scheme, int port) {
      return port != -1 ? port : scheme.equals("https") ? 443 : 80;
    }
  }
}
