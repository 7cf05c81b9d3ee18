package ai.xseven.conversation;

import java.time.Instant;
import java.util.List;

/**
 * What the guardrails decided about one transcript line, for the studio (the customer's API shows
 * only the decisions).
 */
public record GuardrailView(int seq, String role, String decision, List<String> rules,
    Instant at) {}
