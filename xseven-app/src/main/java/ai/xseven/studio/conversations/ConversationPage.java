package ai.xseven.studio.conversations;

import ai.xseven.conversation.ConversationMonitor;
import ai.xseven.conversation.ConversationSummary;
import ai.xseven.observability.LlmCallLog;
import ai.xseven.process.ConversationTrails;
import ai.xseven.security.StudioSession;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * One conversation: its process diagram with the path taken and where it waits, the transcript turn
 * by turn with guardrail decisions and LLM calls, and the take-over controls. Redrawn whenever the
 * conversation changes.
 */
@Route("conversations/:id")
@PageTitle("Conversation · X-Seven studio")
@PermitAll
class ConversationPage extends VerticalLayout implements BeforeEnterObserver {

  private final VisibleConversations visible;
  private final ConversationMonitor monitor;
  private final ConversationTrails trails;
  private final LlmCallLog llmCalls;
  private final ConversationFeed feed;
  private final String user;
  private final H2 title = new H2();
  private final HorizontalLayout facts = new HorizontalLayout();
  private final ProcessDiagram diagram = new ProcessDiagram();
  private final Span diagramCaption = new Span();
  private final TurnList turns = new TurnList();
  private UUID conversationId;
  private TakeOverBar takeOver;
  private Registration subscription;

  ConversationPage(VisibleConversations visible, ConversationMonitor monitor,
      ConversationTrails trails, LlmCallLog llmCalls, ConversationFeed feed,
      StudioSession session) {
    this.visible = visible;
    this.monitor = monitor;
    this.trails = trails;
    this.llmCalls = llmCalls;
    this.feed = feed;
    this.user = session.require().username();
    getStyle().set("overflow", "auto");
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> id = event.getRouteParameters().get("id").flatMap(ConversationPage::uuid);
    Optional<ConversationSummary> found;
    try {
      found = id.flatMap(visible::open);
    } catch (AccessDeniedException refused) {
      event.rerouteToError(refused, refused.getMessage());
      return;
    }
    removeAll();
    if (found.isEmpty()) {
      H2 missing = new H2("No such conversation");
      missing.setId("no-such-conversation");
      add(missing, new Paragraph("There is no conversation with id "
          + event.getRouteParameters().get("id").orElse("") + "."),
          new Anchor("conversations", "Back to the conversations"));
      return;
    }
    conversationId = found.get().id();
    title.setId("conversation-title");
    facts.setId("conversation-facts");
    diagramCaption.setId("diagram-caption");
    diagramCaption.getStyle().set("color", "var(--lumo-secondary-text-color)")
        .set("font-size", "var(--lumo-font-size-s)");
    takeOver = new TakeOverBar(monitor, conversationId, user, this::refresh);
    add(new Anchor("conversations", "← All conversations"), title, facts, diagramCaption,
        diagram, takeOver, new H3("Transcript"), turns);
    refresh();
  }

  /** Reads everything again; runs in a request or, for live updates, under {@link UI#access}. */
  private void refresh() {
    Optional<ConversationSummary> found = monitor.find(conversationId);
    if (found.isEmpty()) {
      return;
    }
    ConversationSummary conversation = found.get();
    title.setText("Conversation " + conversation.id().toString().substring(0, 8));
    facts.removeAll();
    facts.add(StatusBadge.of(conversation), new Span("channel " + conversation.channel()),
        new Span("stage " + conversation.stage()),
        new Span("started " + Cents.time(conversation.startedAt())),
        new Span("last message " + Cents.time(conversation.lastMessageAt())),
        new Span("guardrail events: " + conversation.guardrailEvents()));
    trails.trail(conversationId.toString()).ifPresentOrElse(trail -> {
      diagramCaption.setText(trail.processDefinitionKey() + " version " + trail.version()
          + (trail.ended() ? " · ended" : " · waiting at " + String.join(", ",
              trail.activeActivityIds()))
          + " · orange: where it is now, blue: the path taken");
      diagram.show(trail, trails::diagramXml);
    }, () -> diagramCaption.setText("No process instance for this conversation."));
    var lines = monitor.transcript(conversationId);
    turns.show(Turns.of(lines, llmCalls.trace(conversationId)));
    takeOver.show(conversation);
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    subscription = feed.subscribe(attach.getUI(), change -> {
      if (change.conversationId().equals(conversationId)) {
        refresh();
      }
    });
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    subscription.remove();
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
