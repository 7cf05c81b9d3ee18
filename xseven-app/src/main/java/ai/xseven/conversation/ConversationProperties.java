package ai.xseven.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param idleTimeout a conversation without a customer message for this long is closed
 * @param maxMessageChars longer customer messages are refused
 */
@ConfigurationProperties("xseven.conversation")
record ConversationProperties(Duration idleTimeout, int maxMessageChars) {}
