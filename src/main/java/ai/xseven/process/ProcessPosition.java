package ai.xseven.process;

import java.util.List;
import java.util.Map;

/**
 * Where a conversation's process instance is waiting, and the variables a caller asked for. An
 * ended instance waits nowhere.
 */
public record ProcessPosition(
    String processInstanceId, boolean ended, List<String> activeActivityIds,
    Map<String, Object> variables) {

  public String variable(String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString();
  }
}
