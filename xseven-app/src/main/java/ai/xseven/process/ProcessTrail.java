package ai.xseven.process;

import java.util.List;

/**
 * Where a conversation's process instance is and the way it came, for drawing on its diagram.
 *
 * @param processDefinitionId the exact version the instance runs (or ran)
 * @param activeActivityIds where the token waits now; empty once the instance ended
 * @param completedActivityIds every element it has passed (ended activity instances)
 * @param takenFlowIds the sequence flows it went along, as far as the history can tell: the
 *     history level {@code activity} records activities, not flows, so a flow counts as taken when
 *     its target started right after its source ended
 */
public record ProcessTrail(
    String processDefinitionId,
    String processDefinitionKey,
    int version,
    boolean ended,
    List<String> activeActivityIds,
    List<String> completedActivityIds,
    List<String> takenFlowIds) {}
