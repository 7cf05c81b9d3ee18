package ai.xseven.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.sdk.PluginException;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlAllowListTest {

  private static UrlAllowList allowing(String... entries) {
    return new UrlAllowList(new HttpPluginProperties(List.of(entries), 1024));
  }

  @Test
  void withNothingConfiguredNothingIsCalled() {
    assertThatThrownBy(() -> allowing().check("https://example.com/"))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("not on the allow-list (xseven.plugins.http.allowed-urls)");
  }

  @Test
  void aPrefixAllowsItsSchemeHostPortAndPathOnly() {
    UrlAllowList list = allowing("http://127.0.0.1:8099/api/");

    assertThat(list.check("http://127.0.0.1:8099/api/orders?id=1").getPath())
        .isEqualTo("/api/orders");
    for (String other : List.of("https://127.0.0.1:8099/api/orders",
        "http://127.0.0.1:8100/api/orders", "http://127.0.0.1:8099/apix",
        "http://127.0.0.1:8099/admin")) {
      assertThatThrownBy(() -> list.check(other)).as(other)
          .hasMessageContaining("not on the allow-list");
    }
  }

  @Test
  void aPrefixWithoutATrailingSlashStillEndsAtASegment() {
    UrlAllowList list = allowing("http://127.0.0.1:8099/api");

    assertThat(list.check("http://127.0.0.1:8099/api").getPath()).isEqualTo("/api");
    assertThat(list.check("http://127.0.0.1:8099/api/x").getPath()).isEqualTo("/api/x");
    assertThatThrownBy(() -> list.check("http://127.0.0.1:8099/api-admin"))
        .hasMessageContaining("not on the allow-list");
  }

  @Test
  void urlsThatCouldSlipPastAPrefixAreRefused() {
    UrlAllowList list = allowing("http://127.0.0.1:8099/api/");

    assertThatThrownBy(() -> list.check("http://127.0.0.1:8099/api/../admin"))
        .hasMessageContaining(". or .. segments");
    assertThatThrownBy(() -> list.check("http://127.0.0.1:8099@evil.example/api/"))
        .hasMessageContaining("carries credentials");
    assertThatThrownBy(() -> list.check("http://user:pw@127.0.0.1:8099/api/"))
        .hasMessageContaining("carries credentials");
    assertThatThrownBy(() -> list.check("file:///etc/passwd"))
        .hasMessageContaining("only http and https");
    assertThatThrownBy(() -> list.check("not a url"))
        .hasMessageContaining("not a URL");
  }

  @Test
  void aDomainNeverReachesAnInternalAddressEvenWhenItMatches() {
    // 127.0.0.1 ends in .0.0.1: the wildcard matches, but only an entry naming the host may
    // reach a loopback address.
    assertThatThrownBy(() -> allowing("*.0.0.1").check("http://127.0.0.1:8099/"))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("resolves to the internal address 127.0.0.1");
    assertThat(allowing("127.0.0.1").check("http://127.0.0.1:8099/").getPort()).isEqualTo(8099);
  }

  @Test
  void internalAddressesAreRecognised() throws Exception {
    for (String internal : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1",
        "169.254.169.254", "0.0.0.0", "100.64.0.1", "::1", "fd00::1", "fe80::1")) {
      assertThat(UrlAllowList.internal(InetAddress.getByName(internal))).as(internal).isTrue();
    }
    for (String external : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111")) {
      assertThat(UrlAllowList.internal(InetAddress.getByName(external))).as(external).isFalse();
    }
  }

  @Test
  void aMalformedEntryStopsTheStartWithItsName() {
    assertThatThrownBy(() -> allowing("ftp://files.example.com/"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'ftp://files.example.com/'");
  }
}
