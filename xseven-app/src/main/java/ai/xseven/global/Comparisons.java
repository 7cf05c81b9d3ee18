package ai.xseven.global;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The businesses' answers of one turn, collected by the fan-out's instances. It is one object
 * handed down as a turn output, and each instance adds to it: Camunda 7 has no output collection
 * for multi-instance activities, and re-setting a turn-scoped (transient) variable from inside the
 * subprocess would make the engine try to serialize it. It is {@link Serializable} only because
 * the engine looks for a serializer even for a transient variable and, at the end of each command,
 * serializes object values to detect changes made in place; the answers are {@code transient}, so
 * that comparison never sees them and nothing of them is ever written.
 */
final class Comparisons implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient List<BusinessComparison> answers = new ArrayList<>();

  synchronized void add(BusinessComparison answer) {
    answers.add(answer);
  }

  private Object readResolve() {
    return new Comparisons();
  }

  /** Best first, by {@link BusinessComparison#RANKING}. */
  synchronized List<BusinessComparison> ranked() {
    return answers.stream().sorted(BusinessComparison.RANKING).toList();
  }
}
