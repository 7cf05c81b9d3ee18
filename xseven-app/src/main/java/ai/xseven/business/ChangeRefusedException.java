package ai.xseven.business;

import ai.xseven.rules.Reason;
import java.util.List;

/** The menu-change policy refuses an owner's change; each reason names its rule. */
public class ChangeRefusedException extends RuntimeException {

  private final transient List<Reason> reasons;

  ChangeRefusedException(Refusal refusal) {
    super(refusal.sentence());
    this.reasons = refusal.reasons();
  }

  public List<Reason> reasons() {
    return reasons;
  }
}
