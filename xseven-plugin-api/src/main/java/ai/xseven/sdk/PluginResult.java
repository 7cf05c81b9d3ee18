package ai.xseven.sdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plugin produced: process variables to set, and replies to the conversation. A value of
 * {@code null} clears the variable (it stays defined, so gateway conditions can still read it).
 */
public record PluginResult(Map<String, Object> outputs, List<String> replies) {

  public PluginResult {
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    replies = List.copyOf(replies);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static PluginResult reply(String text) {
    return builder().reply(text).build();
  }

  public static final class Builder {
    private final Map<String, Object> outputs = new LinkedHashMap<>();
    private final List<String> replies = new ArrayList<>();

    public Builder output(String name, Object value) {
      outputs.put(name, value);
      return this;
    }

    /**
     * A value that lives only for the rest of this turn and is never stored with the
     * conversation: lists and records that a later task of the same turn reads, such as the
     * collection a multi-instance fan-out runs over, or the answers it collects.
     */
    public Builder turnOutput(String name, Object value) {
      outputs.put(name, new TurnValue(value));
      return this;
    }

    public Builder reply(String text) {
      replies.add(text);
      return this;
    }

    public PluginResult build() {
      return new PluginResult(outputs, replies);
    }
  }
}
