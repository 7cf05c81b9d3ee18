package ai.xseven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private final SecretCipher cipher = new SecretCipher(SecretCipher.newKey());

  @Test
  void aSealedValueOpensOnlyForItsOwnRowAndKey() {
    String sealed = cipher.seal("s3cr3t-token", "*/api.token");

    assertThat(sealed).startsWith("v1:").doesNotContain("s3cr3t-token");
    assertThat(cipher.open(sealed, "*/api.token")).isEqualTo("s3cr3t-token");
    assertThatThrownBy(() -> cipher.open(sealed, "*/other.token"))
        .hasMessageNotContaining("s3cr3t-token").hasMessageContaining("cannot be decrypted");
    assertThatThrownBy(() -> new SecretCipher(SecretCipher.newKey()).open(sealed, "*/api.token"))
        .hasMessageContaining("XSEVEN_SECRETS_KEY");
  }

  @Test
  void sealingTwiceGivesDifferentCiphertexts() {
    assertThat(cipher.seal("same", "*/n")).isNotEqualTo(cipher.seal("same", "*/n"));
  }

  @Test
  void aKeyOfTheWrongLengthIsRefused() {
    assertThatThrownBy(() -> new SecretCipher(new byte[7])).hasMessageContaining("16, 24 or 32");
  }
}
