package ai.xseven.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OwnerTargetsTest {

  record Named(UUID id, String customer) {}

  private final Named ana = new Named(UUID.fromString("3f2a9c1d-0000-4000-8000-000000000001"),
      "Ana Lopez");
  private final Named anaMaria = new Named(
      UUID.fromString("7b1e2d3c-0000-4000-8000-000000000002"), "Ana Maria Ruiz");
  private final Named bo = new Named(UUID.fromString("9c8d7e6f-0000-4000-8000-000000000003"),
      "Bo Chen");
  private final List<Named> all = List.of(ana, anaMaria, bo);

  @Test
  void theFirstCharactersOfAnIdNameOneWhateverTheNames() {
    assertThat(matching("accept order 3f2a9c1d for bo")).containsExactly(ana);
    assertThat(matching("accept order " + bo.id())).containsExactly(bo);
  }

  @Test
  void aFullNameWinsOverASharedFirstName() {
    assertThat(matching("Ana Lopez's order is ready")).containsExactly(ana);
    assertThat(matching("check in Bo")).containsExactly(bo);
  }

  @Test
  void aSharedFirstNameIsAmbiguousAndAnUnknownNameMatchesNothing() {
    assertThat(matching("Ana's order is ready")).containsExactly(ana, anaMaria);
    assertThat(matching("check in Carla")).isEmpty();
    // Letters alone are not an id: "accede" is a word.
    assertThat(matching("accede to the order")).isEmpty();
  }

  private List<Named> matching(String message) {
    return OwnerTargets.matching(CatalogNames.normalise(message), all, Named::id,
        Named::customer);
  }
}
