package ai.xseven.guardrail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxRegenerations how often a reply the output guardrails refused is written again before
 *     the customer gets the safe fallback instead
 */
@ConfigurationProperties("xseven.guardrail")
record GuardrailProperties(int maxRegenerations) {}
