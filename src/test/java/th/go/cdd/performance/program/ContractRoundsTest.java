package th.go.cdd.performance.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractRoundsTest {
  private static final Program PROGRAM = program();
  private static final List<ReportingRound> ROUNDS = PROGRAM.getRounds();

  private static Program program() {
    Program p = new Program("cdd-temp-staff-2564", "พนักงานราชการเฉพาะกิจ", "temporary staff");
    p.addRound(1, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 11, 15), LocalDate.of(2021, 11, 15));
    p.addRound(2, LocalDate.of(2021, 11, 16), LocalDate.of(2022, 2, 15), LocalDate.of(2022, 2, 15));
    p.addRound(3, LocalDate.of(2022, 2, 16), LocalDate.of(2022, 5, 17), LocalDate.of(2022, 5, 17));
    p.addRound(4, LocalDate.of(2022, 5, 18), LocalDate.of(2022, 8, 15), LocalDate.of(2022, 8, 15));
    return p;
  }

  private static ReportingRound round(int n) {
    return ROUNDS.get(n - 1);
  }

  private static List<Integer> numbers(List<ReportingRound> rounds) {
    return rounds.stream().map(ReportingRound::getNumber).toList();
  }

  @Test
  void firstCohortContractCoversAllFourRoundsUnclipped() {
    LocalDate start = LocalDate.of(2021, 9, 1);
    LocalDate end = LocalDate.of(2022, 8, 31);
    assertThat(numbers(ContractRounds.within(ROUNDS, start, end))).containsExactly(1, 2, 3, 4);
    assertThat(ContractRounds.opensOn(round(1), start)).isEqualTo(LocalDate.of(2021, 9, 1));
    assertThat(ContractRounds.dueOn(round(1), end)).isEqualTo(LocalDate.of(2021, 11, 15));
    assertThat(ContractRounds.dueOn(round(4), end)).isEqualTo(LocalDate.of(2022, 8, 15));
  }

  @Test
  void secondCohortContractIncludesAllFourRounds() {
    assertThat(numbers(ContractRounds.within(ROUNDS, LocalDate.of(2021, 10, 1), LocalDate.of(2022, 9, 30))))
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void secondCohortRoundOneOpensOnFirstOctober() {
    LocalDate start = LocalDate.of(2021, 10, 1);
    assertThat(ContractRounds.opensOn(round(1), start)).isEqualTo(LocalDate.of(2021, 10, 1));
    assertThat(ContractRounds.dueOn(round(1), LocalDate.of(2022, 9, 30))).isEqualTo(LocalDate.of(2021, 11, 15));
  }

  @Test
  void secondCohortLaterRoundsOpenOnTheirOwnStart() {
    LocalDate start = LocalDate.of(2021, 10, 1);
    assertThat(ContractRounds.opensOn(round(2), start)).isEqualTo(LocalDate.of(2021, 11, 16));
    assertThat(ContractRounds.opensOn(round(4), start)).isEqualTo(LocalDate.of(2022, 5, 18));
    assertThat(ContractRounds.dueOn(round(4), LocalDate.of(2022, 9, 30))).isEqualTo(LocalDate.of(2022, 8, 15));
  }

  @Test
  void quarterContractGetsRoundsTwoAndThreeOnly() {
    assertThat(numbers(ContractRounds.within(ROUNDS, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31))))
        .containsExactly(2, 3);
  }

  @Test
  void quarterContractRoundThreeIsDueOnContractEnd() {
    LocalDate start = LocalDate.of(2022, 1, 1);
    LocalDate end = LocalDate.of(2022, 3, 31);
    assertThat(ContractRounds.opensOn(round(2), start)).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(ContractRounds.dueOn(round(2), end)).isEqualTo(LocalDate.of(2022, 2, 15));
    assertThat(ContractRounds.opensOn(round(3), start)).isEqualTo(LocalDate.of(2022, 2, 16));
    assertThat(ContractRounds.dueOn(round(3), end)).isEqualTo(LocalDate.of(2022, 3, 31));
  }

  @Test
  void contractStartingOnADueDateStillGetsThatRound() {
    assertThat(numbers(ContractRounds.within(ROUNDS, LocalDate.of(2021, 11, 15), LocalDate.of(2022, 11, 14))))
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void contractEndingOnARoundStartGetsThatRound() {
    assertThat(numbers(ContractRounds.within(ROUNDS, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 11, 16))))
        .containsExactly(1, 2);
  }

  @Test
  void contractAfterTheLastRoundGetsNoRound() {
    assertThat(ContractRounds.within(ROUNDS, LocalDate.of(2022, 8, 16), LocalDate.of(2023, 8, 15))).isEmpty();
  }

  @Test
  void contractBeforeTheFirstRoundGetsNoRound() {
    assertThat(ContractRounds.within(ROUNDS, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 8, 31))).isEmpty();
  }

  @Test
  void unknownContractDatesLeaveTheRoundDatesAlone() {
    assertThat(ContractRounds.opensOn(round(1), null)).isEqualTo(LocalDate.of(2021, 9, 1));
    assertThat(ContractRounds.dueOn(round(1), null)).isEqualTo(LocalDate.of(2021, 11, 15));
  }

  @Test
  void withinKeepsTheRoundOrder() {
    assertThat(ContractRounds.within(ROUNDS, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31)))
        .containsExactly(round(1), round(2), round(3), round(4));
  }
}
