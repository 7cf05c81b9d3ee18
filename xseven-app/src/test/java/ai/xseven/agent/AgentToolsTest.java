package ai.xseven.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.MenuChanges;
import ai.xseven.business.OrderService;
import ai.xseven.frontdesk.FrontDesk;
import ai.xseven.knowledge.KnowledgeBase;
import ai.xseven.plugin.PluginTools;
import ai.xseven.security.AuditLog;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.OrderWorkflows;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

class AgentToolsTest {

  private static final BusinessProfile MARIOS = new BusinessProfile(UUID.randomUUID(),
      "marios-italian", "Mario's Italian", BusinessKind.RESTAURANT, "", "downtown",
      "12 Main Street", "+1 555 0100", ZoneId.of("America/New_York"), 50, 90);

  private final BusinessService businesses = mock(BusinessService.class);
  private final BookingService bookings = mock(BookingService.class);
  private final OrderService orders = mock(OrderService.class);
  private final AppointmentScheduler appointments = mock(AppointmentScheduler.class);
  private final OrderWorkflows orderWorkflows = mock(OrderWorkflows.class);
  private final MenuChanges menu = mock(MenuChanges.class);
  private final FrontDesk desk = mock(FrontDesk.class);
  private final AuditLog audit = mock(AuditLog.class);
  private final List<Object> events = new ArrayList<>();
  private final CustomerVisits visits = new CustomerVisits(bookings, orders, appointments,
      orderWorkflows, Clock.systemUTC());
  private final AgentTools tools = new AgentTools(businesses, mock(KnowledgeBase.class), bookings,
      appointments, orders, orderWorkflows, visits, menu, desk, audit,
      (ApplicationEventPublisher) events::add, Clock.systemUTC(), mock(PluginTools.class));
  private final AgentProfiles profiles = new AgentProfiles();

  @Test
  void refusesOwnerToolsOutsideTheDashboardEvenWhenTheProfileOffersThem() {
    AgentTools.Session session = tools.open(turn("dedicated", "dashboard"));

    String result = session.execute(request("applyMenuChange", "{\"changeId\":\"x1\"}"));

    assertThat(result).contains("only for the business's owner");
    assertThat(outcomes()).containsExactly("applyMenuChange REFUSED");
    verifyNoInteractions(menu, audit);
  }

  @Test
  void refusesTheOwnersFrontDeskToolsOutsideTheDashboard() {
    AgentTools.Session session = tools.open(turn("dedicated", "dashboard"));

    String result = session.execute(request("moveOrderOn",
        "{\"orderId\":\"" + UUID.randomUUID() + "\",\"step\":\"accept\"}"));

    assertThat(result).contains("only for the business's owner").contains("Nothing was changed");
    assertThat(outcomes()).containsExactly("moveOrderOn REFUSED");
    verifyNoInteractions(desk, orderWorkflows);
  }

  @Test
  void runsOwnerToolsInTheDashboard() {
    AgentTools.Session session = tools.open(turn("dashboard", "dashboard"));

    String result = session.execute(request("applyMenuChange", "{\"changeId\":\"x1\"}"));

    assertThat(result).startsWith("Not applied: there is no previewed change x1");
    assertThat(outcomes()).containsExactly("applyMenuChange RAN");
  }

  @Test
  void doesNotRunToolsTheTaskDidNotOfferOrThatDoNotExist() {
    AgentTools.Session session = tools.open(turn("dedicated", "general"));

    assertThat(session.execute(request("cancelBooking", "{\"bookingId\":\"b\"}")))
        .isEqualTo("The tool cancelBooking is not available here.");
    assertThat(session.execute(request("launchRocket", "{}")))
        .isEqualTo("There is no tool named launchRocket.");
    assertThat(outcomes()).containsExactly("cancelBooking NOT_OFFERED", "launchRocket UNKNOWN");
    verifyNoInteractions(bookings);
  }

  @Test
  void aToolWithBadArgumentsTellsTheModelWhatIsWrong() {
    when(businesses.catalog(any())).thenReturn(List.of());
    AgentTools.Session session = tools.open(turn("dedicated", "restaurant"));

    String result = session.execute(request("checkAvailability",
        "{\"date\":\"next friday\",\"time\":\"19:30\",\"partySize\":2}"));

    assertThat(result).contains("'next friday' is not a date like 2026-11-27");
    assertThat(outcomes()).containsExactly("checkAvailability FAILED");
    verifyNoInteractions(bookings);
  }

  @Test
  void everyToolAProfileNamesExists() {
    profiles.all().forEach(profile ->
        assertThat(AgentTools.specifications(profile.tools())).hasSize(profile.tools().size()));
  }

  private AgentTurn turn(String channel, String profileName) {
    AgentProfile profile = profiles.find(profileName).orElseThrow();
    LlmCallContext call = new LlmCallContext(UUID.randomUUID().toString(), "Task_Test",
        MARIOS.id(), MARIOS.kind(), channel, Intent.Kind.UNKNOWN, 10, 0);
    return new AgentTurn(call, MARIOS, channel, "turn-1", "test", profile, profile.tools(),
        profile.memoryWindow(), null, Map.of(), Map.of());
  }

  private static ToolExecutionRequest request(String name, String arguments) {
    return ToolExecutionRequest.builder().id("1").name(name).arguments(arguments).build();
  }

  private List<String> outcomes() {
    return events.stream().map(AgentToolCalled.class::cast)
        .map(called -> called.tool() + " " + called.outcome()).toList();
  }
}
