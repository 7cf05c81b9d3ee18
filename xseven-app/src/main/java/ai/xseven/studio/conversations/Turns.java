package ai.xseven.studio.conversations;

import ai.xseven.conversation.TranscriptLine;
import ai.xseven.observability.LlmCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The transcript cut into turns: a turn starts with a customer message (the first one, with the
 * greeting, starts with the conversation) and holds what followed it, and the LLM calls made
 * between its start and the next turn's.
 */
record Turns(List<Turn> turns) {

  record Turn(int number, List<TranscriptLine> lines, List<LlmCall> llmCalls) {}

  static Turns of(List<TranscriptLine> lines, List<LlmCall> calls) {
    List<List<TranscriptLine>> groups = new ArrayList<>();
    List<Instant> starts = new ArrayList<>();
    for (TranscriptLine line : lines) {
      if (groups.isEmpty() || line.fromCustomer()) {
        groups.add(new ArrayList<>());
        starts.add(line.fromCustomer() ? line.at() : Instant.MIN);
      }
      groups.get(groups.size() - 1).add(line);
    }
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Instant from = starts.get(i);
      Instant to = i + 1 < starts.size() ? starts.get(i + 1) : Instant.MAX;
      List<LlmCall> inTurn = calls.stream()
          .filter(call -> !call.createdAt().isBefore(from) && call.createdAt().isBefore(to))
          .toList();
      turns.add(new Turn(i, List.copyOf(groups.get(i)), inTurn));
    }
    return new Turns(List.copyOf(turns));
  }
}
