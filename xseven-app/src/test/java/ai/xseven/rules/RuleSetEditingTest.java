package ai.xseven.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetEditingTest {

  private final RuleSetEditing editing = new RuleSetEditing(null, new RuleSetCompiler(), null, null);

  private static final String HEADER = """
      package test;
      import ai.xseven.rules.Sample;
      global ai.xseven.rules.RuleOutcome outcome;
      """;

  @Test
  void aDraftThatCompilesHasNoProblems() {
    assertThat(editing.problems("sample", HEADER + """
        rule "Big samples are refused"
        when Sample(size > 10) then outcome.block("too big"); end
        """)).isEmpty();
  }

  @Test
  void aSyntaxErrorIsAProblemAtItsLineAndColumn() {
    List<CompileError> problems = editing.problems("sample", HEADER + """
        rule "Broken"
        when
          Sample(size > )
        then
        end
        """);

    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0).line()).isEqualTo(6);
    assertThat(problems.get(0).column()).as("1-based: the closing parenthesis").isEqualTo(17);
  }

  @Test
  void anEmptyDraftIsAProblemNotACrash() {
    assertThat(editing.problems("sample", "  \n"))
        .containsExactly(new CompileError(1, 0, "The rule set is empty."));
  }
}
