package ai.xseven.process;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which sequence flows a token went along, worked out from activity visits alone: for each visit,
 * of the flows into its element, the one whose source ended last, no later than the visit began.
 * Visits come in the order they began; within one millisecond (a whole turn may take one) that
 * order breaks the tie.
 */
final class TakenFlows {

  record Flow(String id, String sourceId, String targetId) {}

  /** One activity instance: {@code ended} is null while the token is still there. */
  record Visit(String activityId, Instant started, Instant ended) {}

  private TakenFlows() {}

  static List<String> of(List<Flow> flows, List<Visit> visits) {
    Set<String> taken = new LinkedHashSet<>();
    for (int v = 0; v < visits.size(); v++) {
      Visit visit = visits.get(v);
      Flow best = null;
      Instant bestEnd = null;
      for (Flow flow : flows) {
        if (!flow.targetId().equals(visit.activityId())) {
          continue;
        }
        for (int s = 0; s < v; s++) {
          Visit source = visits.get(s);
          if (source.activityId().equals(flow.sourceId()) && source.ended() != null
              && !source.ended().isAfter(visit.started())
              && (bestEnd == null || !source.ended().isBefore(bestEnd))) {
            best = flow;
            bestEnd = source.ended();
          }
        }
      }
      if (best != null) {
        taken.add(best.id());
      }
    }
    return List.copyOf(taken);
  }
}
