package ai.xseven.business;

/**
 * An owner changed the catalog or the opening hours over the API; the security feature writes it to
 * the audit log.
 *
 * @param action e.g. {@code menu.price-changed}
 */
public record MenuChanged(String actor, String action, String subject, String detail) {}
