package ai.xseven.widget;

import ai.xseven.business.BusinessKind;
import java.util.List;
import java.util.UUID;

/**
 * What a widget needs to know before the customer types: whom it talks for, how it greets, which
 * languages its texts come in, and how long it keeps a conversation id in the browser.
 */
record WidgetConfig(
    UUID businessId,
    String slug,
    String name,
    BusinessKind kind,
    String greeting,
    List<String> languages,
    int conversationTtlHours,
    String scriptUrl) {}
