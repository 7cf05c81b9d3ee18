package ai.xseven.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetCompilerTest {

  private final RuleSetCompiler compiler = new RuleSetCompiler();

  private static final String HEADER = """
      package test;
      import ai.xseven.rules.Sample;
      global ai.xseven.rules.RuleOutcome outcome;
      """;

  @Test
  void compilesAndEvaluatesRecordFacts() {
    CompiledRuleSet rules = compiler.compile("sample", 3, HEADER + """
        rule "Big samples are refused"
        when
          Sample(size > 10)
        then
          outcome.block("too big");
        end
        """);

    RuleResult big = RuleEngine.evaluate(rules, List.of(new Sample("x", 11)), 100);
    RuleResult small = RuleEngine.evaluate(rules, List.of(new Sample("x", 2)), 100);

    assertThat(big.decision()).isEqualTo(Decision.BLOCK);
    assertThat(big.fired()).containsExactly("Big samples are refused");
    assertThat(big.reasons()).containsExactly(
        new Reason("Big samples are refused", Decision.BLOCK, "too big"));
    assertThat(big.version()).isEqualTo(3);
    assertThat(small.decision()).isEqualTo(Decision.ALLOW);
    assertThat(small.fired()).isEmpty();
  }

  @Test
  void theMostSevereDecisionWins() {
    CompiledRuleSet rules = compiler.compile("sample", 1, HEADER + """
        rule "Redact"
        when Sample() then outcome.redact("EMAIL"); end
        rule "Escalate"
        when Sample(text == "help") then outcome.escalate("needs a person"); end
        """);

    RuleResult result = RuleEngine.evaluate(rules, List.of(new Sample("help", 1)), 100);

    assertThat(result.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(result.redactions()).containsExactly("EMAIL");
    assertThat(result.fired()).containsExactlyInAnyOrder("Redact", "Escalate");
  }

  @Test
  void reportsASyntaxErrorWithItsLine() {
    InvalidRuleSetException error = catchThrowableOfType(InvalidRuleSetException.class, () ->
        compiler.compile("sample", 1, HEADER + """
            rule "Broken"
            when
              Sample(size > )
            then
            end
            """));

    assertThat(error.errors()).isNotEmpty();
    assertThat(error.errors().get(0).line()).isEqualTo(6);
    assertThat(error.errors()).extracting(CompileError::line).doesNotContain(0);
  }

  @Test
  void reportsAnUnknownTypeWithItsLine() {
    InvalidRuleSetException error = catchThrowableOfType(InvalidRuleSetException.class, () ->
        compiler.compile("sample", 1, HEADER + """
            rule "Unknown type"
            when
              NoSuchFact(size > 1)
            then
            end
            """));

    assertThat(error.errors()).extracting(CompileError::line).contains(6);
    assertThat(error.errors().get(0).message()).contains("NoSuchFact");
  }

  @Test
  void reportsAnUnknownFieldWithItsLine() {
    InvalidRuleSetException error = catchThrowableOfType(InvalidRuleSetException.class, () ->
        compiler.compile("sample", 1, HEADER + """
            rule "Fine"
            when Sample(size > 1) then end

            rule "Unknown field"
            when
              Sample(weight > 1)
            then
            end
            """));

    assertThat(error.errors()).extracting(CompileError::line).contains(9);
    assertThat(error.errors().get(0).message()).contains("weight");
  }

  @Test
  void refusesARuleSetWithoutTheOutcomeGlobal() {
    assertThatThrownBy(() -> compiler.compile("sample", 1, """
        package test;
        rule "Lonely" when then end
        """))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("global ai.xseven.rules.RuleOutcome outcome");
  }

  @Test
  void stopsARunawayRuleAndNamesIt() {
    CompiledRuleSet rules = compiler.compile("sample", 2, HEADER + """
        rule "Grows forever"
        when
          $s : Sample()
        then
          delete($s);
          insert(new Sample($s.text(), $s.size() + 1));
        end
        """);

    RunawayRuleSetException error = catchThrowableOfType(RunawayRuleSetException.class,
        () -> RuleEngine.evaluate(rules, List.of(new Sample("x", 1)), 500));

    assertThat(error.rule()).isEqualTo("Grows forever");
    assertThat(error.getMessage()).contains("'sample' version 2").contains("500");
  }

  @Test
  void knowsTheFactTypesItImports() {
    CompiledRuleSet rules = compiler.compile("sample", 1, HEADER);

    assertThat(rules.factTypes()).containsEntry("Sample", Sample.class);
  }
}
