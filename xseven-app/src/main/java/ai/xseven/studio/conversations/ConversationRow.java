package ai.xseven.studio.conversations;

import ai.xseven.conversation.ConversationSummary;
import java.math.BigDecimal;

/** A line of the conversations list: the conversation, whose it is and what it cost so far. */
record ConversationRow(ConversationSummary conversation, String businessName,
    BigDecimal costCents) {}
