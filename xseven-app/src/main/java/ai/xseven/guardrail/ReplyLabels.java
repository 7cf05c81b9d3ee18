package ai.xseven.guardrail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decides which labels (catalog items, weekdays) a value (a price, a time) is stated for: those
 * between it and the previous value of its sentence ("Margherita $14, Diavola $16") or, in a
 * sentence that puts values first ("$14 for the Margherita and $16 for the Diavola"), those
 * between it and the next value.
 */
final class ReplyLabels {

  private ReplyLabels() {}

  /**
   * @param values every value of the sentence, in order of appearance
   * @param index which of them
   * @return its labels, nearest first
   */
  static <L extends ReplySentence.Located> List<L> of(ReplySentence sentence,
      List<? extends ReplySentence.Located> values, int index, List<L> labels) {
    ReplySentence.Located value = values.get(index);
    int lower = index == 0 ? sentence.start() : values.get(index - 1).end();
    int upper = index == values.size() - 1 ? sentence.end() : values.get(index + 1).start();
    List<L> before = new ArrayList<>(within(labels, lower, value.start()));
    Collections.reverse(before);
    List<L> after = within(labels, value.end(), upper);
    boolean labelsFirst = !within(labels, sentence.start(), values.get(0).start()).isEmpty();
    if (labelsFirst) {
      return before.isEmpty() ? after : before;
    }
    return after.isEmpty() ? before : after;
  }

  private static <L extends ReplySentence.Located> List<L> within(List<L> labels, int from,
      int to) {
    return labels.stream().filter(label -> label.start() >= from && label.end() <= to).toList();
  }
}
