package ai.xseven.security;

/** What a studio user may do; Spring Security sees them as {@code ROLE_<name>}. */
public enum StudioRole {
  /** Everything, including the studio's user accounts. */
  ADMIN,
  /** Models flows and rules and watches every business's conversations. */
  ANALYST,
  /** Sees and manages only their own business. */
  OWNER;

  public static final String ADMIN_NAME = "ADMIN";
  public static final String ANALYST_NAME = "ANALYST";
  public static final String OWNER_NAME = "OWNER";
}
