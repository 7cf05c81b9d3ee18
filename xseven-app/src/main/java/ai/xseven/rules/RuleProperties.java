package ai.xseven.rules;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param refreshInterval how often a node checks the database for a newly activated version
 * @param maxFirings an evaluation that fires more rules than this is a runaway and is stopped
 */
@ConfigurationProperties("xseven.rules")
record RuleProperties(Duration refreshInterval, int maxFirings) {}
