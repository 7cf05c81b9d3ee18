package ai.xseven.widgetsecurity;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.BusinessSettings;
import ai.xseven.business.WidgetOrigins;
import ai.xseven.business.WidgetSettings;
import ai.xseven.conversation.ConversationService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Decides whether a page on another site may use a business's widget: its {@code Origin} must be
 * one the business allows, and it must present the business's widget key. Pages of the
 * application itself (the demo page, the studio playground) and callers without an
 * {@code Origin} (curl, servers) are not asked.
 */
@Component
class WidgetGate {

  private final BusinessSettings settings;
  private final BusinessService businesses;
  private final ConversationService conversations;
  private final Optional<String> publicOrigin;

  WidgetGate(BusinessSettings settings, BusinessService businesses,
      ConversationService conversations, @Value("${xseven.public-url:}") String publicUrl) {
    this.settings = settings;
    this.businesses = businesses;
    this.conversations = conversations;
    this.publicOrigin = publicUrl.isBlank() ? Optional.empty()
        : Optional.of(normalise(publicUrl.replaceFirst("^([a-zA-Z]+://[^/]+).*$", "$1")));
  }

  /**
   * The request's origin when a page of another site sent it.
   *
   * @param origin the {@code Origin} header, or null
   * @param ownOrigin scheme, host and port the request was addressed to
   */
  Optional<String> foreignOrigin(String origin, String ownOrigin) {
    if (origin == null || origin.isBlank()) {
      return Optional.empty();
    }
    String sent = normalise(origin);
    String own = publicOrigin.orElse(normalise(ownOrigin));
    return sent.equals(own) ? Optional.empty() : Optional.of(sent);
  }

  /** Checks a call about {@code businessId} from {@code origin} with {@code key}. */
  Optional<Refusal> check(UUID businessId, String origin, String key) {
    Optional<BusinessProfile> business = businesses.find(businessId);
    if (business.isEmpty()) {
      // The API itself answers an unknown business with its 404.
      return Optional.empty();
    }
    String name = business.get().name();
    WidgetSettings widget = settings.widget(businessId);
    if (!widget.allowedOrigins().contains(origin)) {
      return Optional.of(new Refusal(name + " does not allow its chat widget on " + origin
          + ": the business adds the origin to its allowed origins in the studio's Widget tab."));
    }
    if (key == null || key.isBlank()) {
      return Optional.of(new Refusal("A request from " + origin + " for " + name
          + "'s chat widget must carry the business's widget key (header X-Widget-Key)."));
    }
    if (!MessageDigest.isEqual(key.strip().getBytes(StandardCharsets.UTF_8),
        widget.key().getBytes(StandardCharsets.UTF_8))) {
      return Optional.of(new Refusal("The widget key sent from " + origin + " is not " + name
          + "'s widget key."));
    }
    return Optional.empty();
  }

  /** Checks a call about an existing conversation; one of no business is never embedded. */
  Optional<Refusal> checkConversation(UUID conversationId, String origin, String key) {
    UUID businessId;
    try {
      businessId = conversations.get(conversationId).businessId();
    } catch (ErrorResponseException unknown) {
      return Optional.empty(); // the API answers 404 itself
    }
    if (businessId == null) {
      return Optional.of(new Refusal("Conversation " + conversationId
          + " belongs to no business, so no widget on " + origin + " may use it."));
    }
    return check(businessId, origin, key);
  }

  /** Whether any business allows {@code origin}: preflights carry no business. */
  boolean allowedBySomeBusiness(String origin) {
    List<BusinessProfile> all = businesses.list();
    return all.stream().anyMatch(b -> settings.widget(b.id()).allowedOrigins().contains(origin));
  }

  /** The origin as browsers write it; anything else (e.g. {@code null}) stays as sent. */
  static String normalise(String origin) {
    try {
      List<String> parsed = WidgetOrigins.parse(origin);
      return parsed.size() == 1 ? parsed.get(0) : origin;
    } catch (IllegalArgumentException notAnOrigin) {
      return origin;
    }
  }
}
