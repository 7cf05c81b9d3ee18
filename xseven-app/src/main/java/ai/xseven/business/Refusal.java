package ai.xseven.business;

import ai.xseven.rules.Decision;
import ai.xseven.rules.Reason;
import ai.xseven.rules.RuleResult;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a policy rule set refused: its decisive reasons, in the order the rules gave them. Policy
 * rules allow or block; any other decision an analyst writes also refuses, so a mistake in a rule
 * set errs on the side of saying no.
 */
record Refusal(List<Reason> reasons) {

  static Optional<Refusal> of(RuleResult result) {
    return result.decision() == Decision.ALLOW
        ? Optional.empty()
        : Optional.of(new Refusal(result.decisive().toList()));
  }

  /** The reasons as one text: "Mario's Italian is closed on Mondays. ..." */
  String sentence() {
    return reasons.stream().map(Reason::text).distinct().collect(Collectors.joining(" "));
  }
}
