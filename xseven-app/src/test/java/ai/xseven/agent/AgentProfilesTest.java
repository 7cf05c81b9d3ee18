package ai.xseven.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.sdk.PluginException;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgentProfilesTest {

  private static final BusinessProfile MARIOS = business("Mario's Italian", BusinessKind.RESTAURANT);
  private static final BusinessProfile GLOW = business("Glow Beauty Studio", BusinessKind.SALON);

  private final AgentProfiles profiles = new AgentProfiles();

  @Test
  void loadsTheFiveShippedProfiles() {
    assertThat(profiles.all()).extracting(AgentProfile::name)
        .containsExactlyInAnyOrder("restaurant", "salon", "general", "dashboard", "global");
    assertThat(profiles.find("dashboard").orElseThrow().tools())
        .contains("previewMenuChange", "applyMenuChange");
    assertThat(profiles.find("global").orElseThrow().needsBusiness()).isFalse();
  }

  @Test
  void choosesTheDomainAgentByTheBusinessKindAndTheChannel() {
    assertThat(profiles.choose(null, "dedicated", MARIOS).name()).isEqualTo("restaurant");
    assertThat(profiles.choose("auto", "dedicated", GLOW).name()).isEqualTo("salon");
    assertThat(profiles.choose(null, "dashboard", GLOW).name()).isEqualTo("dashboard");
    assertThat(profiles.choose(null, "global", null).name()).isEqualTo("global");
    assertThat(profiles.choose(null, null, MARIOS).name()).isEqualTo("restaurant");
    assertThat(profiles.choose("general", "dedicated", MARIOS).name()).isEqualTo("general");
  }

  @Test
  void fallsBackToTheGeneralAgentWhenNoDomainFits() {
    AgentProfile general = profiles.find("general").orElseThrow();
    assertThat(general.isDefaultFor("dedicated", MARIOS)).isTrue();
    assertThat(general.specificity())
        .isLessThan(profiles.find("restaurant").orElseThrow().specificity());
    assertThat(general.tools()).doesNotContain("createBooking", "applyMenuChange");
  }

  @Test
  void aProfileThatDoesNotExistIsAModellingError() {
    assertThatThrownBy(() -> profiles.choose("pirate", "dedicated", MARIOS))
        .isInstanceOf(PluginException.class).hasMessageContaining("no agent profile 'pirate'");
  }

  @Test
  void customerPromptsBeginWithTheInstructionsTheOutputGuardrailsKnow() {
    for (String name : new String[] {"restaurant", "salon", "general"}) {
      assertThat(profiles.find(name).orElseThrow().prompt(MARIOS))
          .startsWith(SystemPrompts.forBusiness(MARIOS));
    }
    assertThat(profiles.find("dashboard").orElseThrow().prompt(GLOW))
        .contains("Glow Beauty Studio, a salon in downtown").doesNotContain("{");
  }

  @Test
  void refusesToStartWithUnknownToolsOwnerToolsForCustomersOrUnknownRoutes() {
    assertThatThrownBy(() -> new AgentProfiles("classpath*:agents-invalid/*.yaml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("agents/typo.yaml: unknown tool 'bookTable'")
        .hasMessageContaining("agents/greedy.yaml: 'applyMenuChange' is an owner's tool, but the "
            + "profile's audience is customer")
        .hasMessageContaining("agents/greedy.yaml: route 'fastest' is not one of");
  }

  private static BusinessProfile business(String name, BusinessKind kind) {
    return new BusinessProfile(UUID.randomUUID(), name.toLowerCase().replace(' ', '-'), name, kind,
        "", "downtown", "1 Main St", "+1 555 0100", ZoneId.of("America/New_York"), 40, 60);
  }
}
