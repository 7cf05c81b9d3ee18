package ai.xseven.rules;

import java.util.List;

/**
 * How one scenario went: {@code failures} says in words what differed from the expectation;
 * {@code result} is what the rules actually decided (null when they could not run).
 */
public record ScenarioResult(String name, boolean passed, List<String> failures,
    RuleResult result) {}
