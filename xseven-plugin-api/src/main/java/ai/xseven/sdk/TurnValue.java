package ai.xseven.sdk;

/**
 * An output that lives for the rest of the turn only (see {@link PluginResult.Builder#turnOutput}).
 * Tasks of the same turn read the value itself; a task after the next wait state does not see it.
 */
public record TurnValue(Object value) {}
