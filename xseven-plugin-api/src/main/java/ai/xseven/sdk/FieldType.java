package ai.xseven.sdk;

/** The kinds of value an analyst can give a plugin's input field on a task. */
public enum FieldType {
  /** Literal text, used as written. */
  TEXT,
  /** A decimal number, within the field's bounds if it has any. */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** One of the field's choices. */
  ENUM,
  /**
   * Evaluated against the process variables when the task runs: {@code ${customerEmail}}, or text
   * with expressions in it such as {@code Hello ${customerName}}. Checked for syntax at deploy.
   */
  EXPRESSION,
  /**
   * The name of a secret, resolved when the task runs (environment first, then the secrets the
   * platform stores). The secret itself never appears in the diagram.
   */
  SECRET
}
