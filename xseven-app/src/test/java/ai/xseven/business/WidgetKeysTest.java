package ai.xseven.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WidgetKeysTest {

  @Test
  void aKeyIs256RandomBitsBehindItsPrefix() {
    String key = WidgetKeys.generate();
    assertThat(key).startsWith("xsw_").matches("xsw_[A-Za-z0-9_-]{43}");
  }

  @Test
  void everyKeyIsNew() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      keys.add(WidgetKeys.generate());
    }
    assertThat(keys).hasSize(1000);
  }

  @Test
  void aNewBusinessHasAKeyFromTheStart() {
    assertThat(new Business("new-place", "New Place", BusinessKind.RESTAURANT).widgetKey)
        .startsWith("xsw_");
  }
}
