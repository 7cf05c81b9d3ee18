package ai.xseven.rules;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** The unified diff an auditor reads: what changed between two versions of a DRL. */
final class RuleSetDiff {

  private RuleSetDiff() {}

  static String between(String name, int fromVersion, String from, int toVersion, String to) {
    List<String> before = from == null ? List.of() : from.lines().toList();
    List<String> after = to.lines().toList();
    return String.join("\n",
        UnifiedDiffUtils.generateUnifiedDiff(
            name + ".drl@" + fromVersion, name + ".drl@" + toVersion, before,
            DiffUtils.diff(before, after), 3));
  }
}
