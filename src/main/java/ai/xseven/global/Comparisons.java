package ai.xseven.global;

import java.util.ArrayList;
import java.util.List;

/**
 * The businesses' answers of one turn, collected by the fan-out's instances. It is one object
 * handed down as a turn output, and each instance adds to it: Camunda 7 has no output collection
 * for multi-instance activities, and re-setting a turn-scoped (transient) variable from inside the
 * subprocess would make the engine try to serialize it.
 */
final class Comparisons {

  private final List<BusinessComparison> answers = new ArrayList<>();

  synchronized void add(BusinessComparison answer) {
    answers.add(answer);
  }

  /** Best first, by {@link BusinessComparison#RANKING}. */
  synchronized List<BusinessComparison> ranked() {
    return answers.stream().sorted(BusinessComparison.RANKING).toList();
  }
}
