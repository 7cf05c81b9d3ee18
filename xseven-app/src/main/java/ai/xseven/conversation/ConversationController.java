package ai.xseven.conversation;

import ai.xseven.security.Owner;
import ai.xseven.security.StaffAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/conversations")
class ConversationController {

  private final ConversationService conversations;
  private final StaffAccess staff;

  ConversationController(ConversationService conversations, StaffAccess staff) {
    this.conversations = conversations;
    this.staff = staff;
  }

  record StartRequest(UUID businessId, @NotBlank String channel) {}

  /** {@code text} length is checked by the service so the limit stays configurable. */
  record MessageRequest(@NotNull String text, @Size(max = 100) String clientMessageId) {}

  @PostMapping
  ResponseEntity<ConversationView> start(@Valid @RequestBody StartRequest request, Owner owner) {
    ConversationView view =
        conversations.start(request.businessId(), request.channel(), owner);
    return ResponseEntity.created(URI.create("/api/v1/conversations/" + view.conversationId()))
        .body(view);
  }

  @PostMapping("/{id}/messages")
  TurnResult post(@PathVariable UUID id, @Valid @RequestBody MessageRequest request,
      Owner owner) {
    return conversations.post(id, request.text(), request.clientMessageId(), owner);
  }

  @GetMapping("/{id}")
  ConversationView get(@PathVariable UUID id, Owner owner) {
    return conversations.get(id, owner);
  }

  /** The studio's view: each line's guardrail decision and the rules that fired. */
  @GetMapping("/{id}/guardrails")
  List<GuardrailView> guardrails(@PathVariable UUID id, Owner owner) {
    return conversations.guardrails(id, owner);
  }

  record StaffReplyRequest(@NotNull String text) {}

  /** Staff (the owner's token or a studio account) answer a conversation handed over to them. */
  @PostMapping("/{id}/staff-replies")
  MessageView staffReply(@PathVariable UUID id, @Valid @RequestBody StaffReplyRequest request,
      Owner owner) {
    staff.requireStaffOf(owner, conversations.get(id).businessId());
    return conversations.staffReply(id, request.text());
  }

  /** Staff give the conversation back to the assistant. */
  @PostMapping("/{id}/handback")
  ConversationView handBack(@PathVariable UUID id, Owner owner) {
    staff.requireStaffOf(owner, conversations.get(id).businessId());
    return conversations.handBack(id);
  }
}
