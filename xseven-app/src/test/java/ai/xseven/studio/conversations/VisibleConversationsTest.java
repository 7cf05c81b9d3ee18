package ai.xseven.studio.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ai.xseven.business.BusinessService;
import ai.xseven.conversation.ConversationMonitor;
import ai.xseven.conversation.ConversationSummary;
import ai.xseven.observability.LlmCallLog;
import ai.xseven.security.StudioSession;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class VisibleConversationsTest {

  static final UUID OWN = UUID.randomUUID();
  static final UUID OTHER = UUID.randomUUID();

  final StudioSession session = mock(StudioSession.class);
  final ConversationMonitor monitor = mock(ConversationMonitor.class);
  final BusinessService businesses = mock(BusinessService.class);
  final LlmCallLog llmCalls = mock(LlmCallLog.class);
  final VisibleConversations visible =
      new VisibleConversations(session, monitor, businesses, llmCalls);

  static ConversationSummary conversation(UUID id, UUID businessId) {
    return new ConversationSummary(id, businessId, "dedicated", "OPEN", "greeting",
        Instant.EPOCH, Instant.EPOCH, 0, null);
  }

  @Test
  void anOwnerIsListedOnlyTheirOwnBusinessWhateverThePageAsks() {
    UUID id = UUID.randomUUID();
    when(monitor.list(Optional.of(OWN))).thenReturn(List.of(conversation(id, OWN)));
    when(llmCalls.costCentsByConversation(List.of(id)))
        .thenReturn(Map.of(id, new BigDecimal("1.5")));

    List<ConversationRow> rows = visible.rows(Optional.of(OWN), Optional.of(OTHER));

    verify(monitor).list(Optional.of(OWN));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.conversation().id()).isEqualTo(id);
      assertThat(row.costCents()).isEqualByComparingTo("1.5");
      assertThat(Cents.dollars(row.costCents())).isEqualTo("$0.0150");
    });
  }

  @Test
  void anAnalystGetsTheBusinessTheyPickOrAll() {
    when(monitor.list(any())).thenReturn(List.of());
    visible.rows(Optional.empty(), Optional.of(OTHER));
    verify(monitor).list(Optional.of(OTHER));
    visible.rows(Optional.empty(), Optional.empty());
    verify(monitor).list(Optional.empty());
  }

  @Test
  void anOwnerOpeningAnotherBusinesssConversationIsRefused() {
    UUID id = UUID.randomUUID();
    when(monitor.find(id)).thenReturn(Optional.of(conversation(id, OTHER)));
    doThrow(new AccessDeniedException("This business belongs to another owner."))
        .when(session).requireMaySee(OTHER);

    assertThatThrownBy(() -> visible.open(id)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anUnknownConversationIsEmptyNotAnError() {
    when(monitor.find(any())).thenReturn(Optional.empty());
    assertThat(visible.open(UUID.randomUUID())).isEmpty();
  }
}
