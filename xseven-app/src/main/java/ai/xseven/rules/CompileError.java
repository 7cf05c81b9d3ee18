package ai.xseven.rules;

/** One error in a DRL, where the analyst will find it: 1-based line and column (0 when unknown). */
public record CompileError(int line, int column, String message) {}
