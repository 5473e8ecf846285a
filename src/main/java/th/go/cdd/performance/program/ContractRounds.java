package th.go.cdd.performance.program;

import java.time.LocalDate;
import java.util.List;

/**
 * Clips a program's rounds to one staff member's contract: a round counts if it overlaps the
 * contract; it opens on the later of its start and the contract start and is due on the earlier
 * of its due date and the contract end.
 */
public final class ContractRounds {
  private ContractRounds() {}

  public static List<ReportingRound> within(List<ReportingRound> rounds, LocalDate contractStart, LocalDate contractEnd) {
    return rounds.stream()
        .filter(r -> (contractEnd == null || !r.getPeriodStart().isAfter(contractEnd))
            && (contractStart == null || !r.getDueDate().isBefore(contractStart)))
        .toList();
  }

  public static LocalDate opensOn(ReportingRound round, LocalDate contractStart) {
    return contractStart != null && contractStart.isAfter(round.getPeriodStart()) ? contractStart : round.getPeriodStart();
  }

  public static LocalDate dueOn(ReportingRound round, LocalDate contractEnd) {
    return contractEnd != null && contractEnd.isBefore(round.getDueDate()) ? contractEnd : round.getDueDate();
  }
}
