package th.go.cdd.performance.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * The rules a program's set-up must follow, as plain functions that return every problem at once.
 * A round must lie inside the year the contracts cover: from the earliest contract start to the
 * latest contract end (each staff member's rounds are then clipped to their own contract, see
 * {@link ContractRounds}). The due date may fall after that, since the follow-up comes after the
 * period. {@link #structure} is what every edit must keep; {@link #weights} is checked when the
 * weights are saved together and when the program starts, since editing one weight at a time
 * passes through totals other than 100.
 */
public final class ProgramRules {
  public static final BigDecimal TOTAL_WEIGHT = BigDecimal.valueOf(100);

  private ProgramRules() {}

  /** Everything a program must satisfy before it starts. */
  public static List<ProgramProblem> readyToStart(Program p) {
    List<ProgramProblem> problems = new ArrayList<>();
    if (p.getCohorts().isEmpty()) {
      problems.add(ProgramProblem.of("program.noCohort"));
    }
    if (p.getCohorts().stream().allMatch(c -> c.getProvinces().isEmpty())) {
      problems.add(ProgramProblem.of("program.noProvince"));
    }
    if (p.getRounds().isEmpty()) {
      problems.add(ProgramProblem.of("program.noRound"));
    }
    if (p.getKpis().isEmpty()) {
      problems.add(ProgramProblem.of("program.noKpi"));
    }
    problems.addAll(structure(p));
    problems.addAll(weights(p.getKpis().stream().map(KpiDefinition::getWeight).toList()));
    return problems;
  }

  /** Dates in order, rounds inside the contracts' year and not overlapping, levels, provinces. */
  public static List<ProgramProblem> structure(Program p) {
    List<ProgramProblem> problems = new ArrayList<>();
    for (Cohort c : p.getCohorts()) {
      problems.addAll(contract(c.getNumber(), c.getContractStart(), c.getContractEnd()));
    }
    LocalDate yearStart = p.getCohorts().stream().map(Cohort::getContractStart).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    LocalDate yearEnd = p.getCohorts().stream().map(Cohort::getContractEnd).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    List<ReportingRound> rounds = p.getRounds().stream().sorted(Comparator.comparingInt(ReportingRound::getNumber)).toList();
    ReportingRound previous = null;
    for (ReportingRound r : rounds) {
      List<ProgramProblem> own = round(r.getNumber(), r.getPeriodStart(), r.getPeriodEnd(), r.getDueDate());
      problems.addAll(own);
      if (!own.isEmpty()) {
        continue;
      }
      if (yearStart != null && yearEnd != null && (r.getPeriodStart().isBefore(yearStart) || r.getPeriodEnd().isAfter(yearEnd))) {
        problems.add(ProgramProblem.of("program.round.outsideContracts", r.getNumber(), ThaiDates.format(yearStart),
            ThaiDates.format(yearEnd)));
      }
      if (previous != null && !r.getPeriodStart().isAfter(previous.getPeriodEnd())) {
        problems.add(ProgramProblem.of("program.round.overlap", previous.getNumber(), r.getNumber()));
      }
      previous = r;
    }
    for (KpiDefinition k : p.getKpis()) {
      problems.addAll(levels(k.getNumber(), k.getKind(), k.getLevels()));
    }
    problems.addAll(provincesOnce(p.getCohorts()));
    return problems;
  }

  public static List<ProgramProblem> contract(int cohort, LocalDate start, LocalDate end) {
    if (start == null || end == null) {
      return List.of(ProgramProblem.of("program.cohort.datesMissing", cohort));
    }
    if (!start.isBefore(end)) {
      return List.of(ProgramProblem.of("program.cohort.dates", cohort));
    }
    return List.of();
  }

  /** Start on or before the end, which is on or before the due date. */
  public static List<ProgramProblem> round(int number, LocalDate start, LocalDate end, LocalDate due) {
    if (start == null || end == null || due == null) {
      return List.of(ProgramProblem.of("program.round.datesMissing", number));
    }
    if (end.isBefore(start) || due.isBefore(end)) {
      return List.of(ProgramProblem.of("program.round.dates", number));
    }
    return List.of();
  }

  /** Five levels with a Thai description; unless free-form, thresholds given and strictly rising. */
  public static List<ProgramProblem> levels(int kpi, KpiKind kind, List<KpiLevel> levels) {
    List<ProgramProblem> problems = new ArrayList<>();
    if (levels.size() != 5) {
      return List.of(ProgramProblem.of("program.kpi.fiveLevels", kpi));
    }
    if (levels.stream().anyMatch(l -> l.getDescriptionTh() == null || l.getDescriptionTh().isBlank())) {
      problems.add(ProgramProblem.of("program.kpi.levelText", kpi));
    }
    if (kind != KpiKind.FREE_FORM) {
      List<BigDecimal> t = levels.stream().map(KpiLevel::getThreshold).toList();
      if (t.stream().anyMatch(Objects::isNull)) {
        problems.add(ProgramProblem.of("program.kpi.thresholdMissing", kpi));
      } else {
        for (int i = 1; i < 5; i++) {
          if (t.get(i).compareTo(t.get(i - 1)) <= 0) {
            problems.add(ProgramProblem.of("program.kpi.thresholds", kpi, i + 1));
            break;
          }
        }
      }
    }
    return problems;
  }

  /**
   * A KPI's maximum, when given, is positive and, for a count, leaves level 5 reachable (at least
   * its threshold). Milestones have their own bound (5) and free-form KPIs no figure.
   */
  public static List<ProgramProblem> maximum(int kpi, KpiKind kind, Long maximum, List<KpiLevel> levels) {
    if (maximum == null || kind == KpiKind.STAGED || kind == KpiKind.FREE_FORM) {
      return List.of();
    }
    if (maximum <= 0) {
      return List.of(ProgramProblem.of("program.kpi.maximumPositive", kpi));
    }
    BigDecimal top = levels.size() == 5 ? levels.get(4).getThreshold() : null;
    if (kind == KpiKind.COUNT && top != null && BigDecimal.valueOf(maximum).compareTo(top) < 0) {
      return List.of(ProgramProblem.of("program.kpi.maximumBelowTop", kpi, top));
    }
    return List.of();
  }

  /** Every weight given, none negative, adding up to exactly 100. */
  public static List<ProgramProblem> weights(Collection<BigDecimal> weights) {
    if (weights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
      return List.of(ProgramProblem.of("program.weight.missing"));
    }
    BigDecimal total = total(weights);
    if (!weights.isEmpty() && total.compareTo(TOTAL_WEIGHT) != 0) {
      return List.of(ProgramProblem.of("program.weight.total", total.stripTrailingZeros().toPlainString()));
    }
    return List.of();
  }

  public static BigDecimal total(Collection<BigDecimal> weights) {
    return weights.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A province belongs to at most one cohort of the program. */
  public static List<ProgramProblem> provincesOnce(List<Cohort> cohorts) {
    Map<String, Integer> cohortOf = new HashMap<>();
    List<ProgramProblem> problems = new ArrayList<>();
    for (Cohort c : cohorts) {
      for (Province pr : c.getProvinces()) {
        Integer other = cohortOf.putIfAbsent(pr.getCode(), c.getNumber());
        if (other != null && other != c.getNumber()) {
          problems.add(ProgramProblem.of("program.province.twice", pr.getNameTh(), other, c.getNumber()));
        }
      }
    }
    return problems;
  }

  /** Provinces in no cohort: allowed (a year may leave some out), shown as a warning. */
  public static List<Province> withoutCohort(Program p, List<Province> all) {
    TreeSet<String> covered = new TreeSet<>();
    p.getCohorts().forEach(c -> c.getProvinces().forEach(pr -> covered.add(pr.getCode())));
    return all.stream().filter(pr -> !covered.contains(pr.getCode())).toList();
  }

  /** Equal weights adding up to exactly 100: two decimals each, the rounding left on the last. */
  public static List<BigDecimal> equalWeights(int count) {
    if (count == 0) {
      return List.of();
    }
    BigDecimal each = TOTAL_WEIGHT.divide(BigDecimal.valueOf(count), 2, java.math.RoundingMode.DOWN);
    List<BigDecimal> w = new ArrayList<>();
    for (int i = 0; i < count - 1; i++) {
      w.add(each);
    }
    w.add(TOTAL_WEIGHT.subtract(each.multiply(BigDecimal.valueOf(count - 1L))));
    return w;
  }
}
