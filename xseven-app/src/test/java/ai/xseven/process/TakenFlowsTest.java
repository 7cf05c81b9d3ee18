package ai.xseven.process;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.process.TakenFlows.Flow;
import ai.xseven.process.TakenFlows.Visit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TakenFlowsTest {

  static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  static Instant at(int ms) {
    return T0.plusMillis(ms);
  }

  /** Start -> Greet -> Wait -> Check -> Verdict -(sent)-> Receive; Verdict -(redo)-> Redo -> Check. */
  static final List<Flow> FLOWS = List.of(
      new Flow("F_start", "Start", "Greet"),
      new Flow("F_greet", "Greet", "Check"),
      new Flow("F_checked", "Check", "Verdict"),
      new Flow("F_sent", "Verdict", "Receive"),
      new Flow("F_redo", "Verdict", "Redo"),
      new Flow("F_redone", "Redo", "Check"),
      new Flow("F_received", "Receive", "Answer"));

  @Test
  void marksTheFlowsOfTheWayTakenAndNotTheOthers() {
    List<Visit> visits = List.of(
        new Visit("Start", at(0), at(0)),
        new Visit("Greet", at(0), at(5)),
        new Visit("Check", at(5), at(6)),
        new Visit("Verdict", at(6), at(6)),
        new Visit("Receive", at(6), null));

    assertThat(TakenFlows.of(FLOWS, visits))
        .containsExactly("F_start", "F_greet", "F_checked", "F_sent");
  }

  @Test
  void aLoopBackIsTakenWhenTheLaterSourceLedThere() {
    List<Visit> visits = List.of(
        new Visit("Greet", at(0), at(1)),
        new Visit("Check", at(1), at(2)),
        new Visit("Verdict", at(2), at(2)),
        new Visit("Redo", at(2), at(9)),
        new Visit("Check", at(9), at(10)),
        new Visit("Verdict", at(10), at(10)),
        new Visit("Receive", at(10), null));

    assertThat(TakenFlows.of(FLOWS, visits))
        .containsExactlyInAnyOrder("F_greet", "F_checked", "F_redo", "F_redone", "F_sent");
  }

  @Test
  void withinOneMillisecondTheOrderOfTheVisitsDecides() {
    List<Visit> visits = List.of(
        new Visit("Greet", at(0), at(0)),
        new Visit("Check", at(0), at(0)),
        new Visit("Verdict", at(0), at(0)),
        new Visit("Redo", at(0), at(0)),
        new Visit("Check", at(0), at(0)));

    assertThat(TakenFlows.of(FLOWS, visits)).contains("F_redone", "F_redo");
  }

  @Test
  void anElementNotYetLeftLeadsNowhere() {
    List<Visit> visits = List.of(new Visit("Receive", at(0), null));
    assertThat(TakenFlows.of(FLOWS, visits)).isEmpty();
  }
}
