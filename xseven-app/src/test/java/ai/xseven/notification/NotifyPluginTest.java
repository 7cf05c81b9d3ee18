package ai.xseven.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import ai.xseven.plugin.PluginHarness;
import ai.xseven.sdk.PluginException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class NotifyPluginTest {

  private static final UUID BUSINESS = UUID.randomUUID();
  private static final UUID CONVERSATION = UUID.randomUUID();

  private final Notifications notifications = mock(Notifications.class);
  private final NotifyPlugin plugin = new NotifyPlugin(notifications);
  private final PluginHarness harness = new PluginHarness().conversation(CONVERSATION.toString());

  @AfterEach
  void clearTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void theOwnerGetsAnAlertWithTheConversation() {
    harness.run(plugin, Map.of("recipient", "owner", "text", "A party of 12 asks for Friday",
        "kind", "large-party"), Map.of("businessId", BUSINESS.toString()));

    ArgumentCaptor<OwnerAlert> alert = ArgumentCaptor.forClass(OwnerAlert.class);
    verify(notifications).alertOwner(alert.capture());
    assertThat(alert.getValue().businessId()).isEqualTo(BUSINESS);
    assertThat(alert.getValue().conversationId()).isEqualTo(CONVERSATION);
    assertThat(alert.getValue().kind()).isEqualTo("large-party");
    assertThat(alert.getValue().text()).isEqualTo("A party of 12 asks for Friday");
    verify(notifications, never()).notifyCustomer(any());
  }

  @Test
  void theCustomerIsToldOnlyOnceTheTurnCommits() {
    TransactionSynchronizationManager.initSynchronization();

    harness.run(plugin, Map.of("recipient", "customer", "text", "Your order is ready"),
        Map.of("businessId", BUSINESS.toString(), "customerName", "Ana",
            "customerContact", "ana@example.com"));

    verify(notifications, never()).notifyCustomer(any());
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(TransactionSynchronization::afterCommit);
    ArgumentCaptor<Notification> sent = ArgumentCaptor.forClass(Notification.class);
    verify(notifications).notifyCustomer(sent.capture());
    assertThat(sent.getValue().text()).isEqualTo("Your order is ready");
    assertThat(sent.getValue().kind()).isEqualTo("process");
    assertThat(sent.getValue().customerContact()).isEqualTo("ana@example.com");
    assertThat(sent.getValue().conversationId()).isEqualTo(CONVERSATION);
  }

  @Test
  void aTurnThatRollsBackTellsNobody() {
    TransactionSynchronizationManager.initSynchronization();

    harness.run(plugin, Map.of("recipient", "customer", "text", "Your order is ready"),
        Map.of("businessId", BUSINESS.toString()));
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

    verify(notifications, never()).notifyCustomer(any());
  }

  @Test
  void withoutABusinessThereIsNobodyToNotify() {
    assertThatThrownBy(() -> harness.run(plugin,
        Map.of("recipient", "owner", "text", "Hello"), Map.of()))
        .isInstanceOf(PluginException.class).hasMessageContaining("has no business");
    assertThat(plugin.definition().problemsWith(Map.of("recipient", "everyone", "text", "x")))
        .singleElement().asString().contains("'Recipient' must be one of owner, customer");
  }
}
