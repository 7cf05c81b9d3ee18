package ai.xseven.process;

import java.util.List;
import java.util.Map;

/**
 * Where a conversation's process instance is waiting, and the variables a caller asked for. An
 * ended instance waits nowhere. After a turn, {@code activeActivityIds} is left empty (the hot path
 * does not need it); {@link ConversationProcesses#position(String)} fills it.
 */
public record ProcessPosition(
    String processInstanceId, boolean ended, List<String> activeActivityIds,
    Map<String, Object> variables) {

  public String variable(String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString();
  }
}
