package ai.xseven.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Temporal server is.
 *
 * @param mode {@code embedded} (an in-process server, the default), {@code external} (a cluster at
 *     {@code target}), or {@code time-skipping} (tests only)
 */
@ConfigurationProperties("xseven.temporal")
record TemporalProperties(String mode, String target, String namespace, String taskQueue) {}
