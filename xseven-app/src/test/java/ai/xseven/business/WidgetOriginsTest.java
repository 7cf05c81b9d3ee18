package ai.xseven.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WidgetOriginsTest {

  @Test
  void acceptsOriginsOnePerLineOrCommaSeparatedAndWritesThemAsBrowsersSendThem() {
    assertThat(WidgetOrigins.parse("HTTPS://Example.com:443/\nhttp://localhost:3000, "
        + "https://shop.example.com"))
        .containsExactly("https://example.com", "http://localhost:3000",
            "https://shop.example.com");
  }

  @Test
  void nothingTypedMeansNoOrigins() {
    assertThat(WidgetOrigins.parse("  \n ")).isEmpty();
  }

  @Test
  void namesEveryEntryThatIsNotAnOrigin() {
    assertThatThrownBy(() -> WidgetOrigins.parse(
        "example.com\nhttps://example.com/menu\nftp://example.com\n*"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'example.com' needs a scheme and a host. Write an origin like "
            + "https://example.com. 'https://example.com/menu' is a page address, not an "
            + "origin: keep only the scheme, host and port, like https://example.com. "
            + "'ftp://example.com': an origin starts with https:// or http://. '*': wildcards "
            + "are not allowed; list each origin. Write an origin like https://example.com.");
  }

  @Test
  void refusesTheSameOriginTwice() {
    assertThatThrownBy(() -> WidgetOrigins.parse("https://example.com https://EXAMPLE.com"))
        .hasMessage("https://EXAMPLE.com is listed twice.");
  }

  @Test
  void refusesMoreThanTwentyOrigins() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= WidgetOrigins.MAX_ORIGINS; i++) {
      many.append("https://shop").append(i).append(".example.com\n");
    }
    assertThatThrownBy(() -> WidgetOrigins.parse(many.toString()))
        .hasMessage("List at most 20 origins, not 21.");
  }
}
