package ai.xseven.studio.businesses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.security.StudioAccount;
import ai.xseven.security.StudioRole;
import ai.xseven.security.StudioSession;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which businesses the operations screens offer: an owner's own, or all of them. */
class BusinessChoiceTest {

  final BusinessProfile marios = profile("Mario's Italian");
  final BusinessProfile glow = profile("Glow Beauty Studio");
  final BusinessService businesses = mock(BusinessService.class);
  final StudioSession session = mock(StudioSession.class);

  BusinessChoiceTest() {
    when(businesses.list()).thenReturn(List.of(glow, marios));
    when(businesses.find(marios.id())).thenReturn(Optional.of(marios));
  }

  @Test
  void anOwnerIsOfferedOnlyTheirOwnBusiness() {
    when(session.ownBusiness()).thenReturn(Optional.of(marios.id()));
    assertThat(BusinessChoice.visible(session, businesses)).containsExactly(marios);
  }

  @Test
  void anAnalystIsOfferedEveryBusiness() {
    when(session.ownBusiness()).thenReturn(Optional.empty());
    assertThat(BusinessChoice.visible(session, businesses)).containsExactly(glow, marios);
  }

  @Test
  void theAuditLogNamesTheStudioUser() {
    when(session.require()).thenReturn(
        new StudioAccount(UUID.randomUUID(), "analyst", StudioRole.ANALYST, null, true));
    assertThat(BusinessChoice.actor(session)).isEqualTo("studio:analyst");
  }

  private static BusinessProfile profile(String name) {
    return new BusinessProfile(UUID.randomUUID(), name.toLowerCase(), name,
        BusinessKind.RESTAURANT, "", "downtown", "", "", ZoneId.of("America/New_York"), 10, 60);
  }
}
