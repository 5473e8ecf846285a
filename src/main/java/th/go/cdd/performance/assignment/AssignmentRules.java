package th.go.cdd.performance.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.LevelScale;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.PlainText;

/** The rules of assigning KPIs 7–10 that need no database: the slot, the numbers, the timing, the text. */
public final class AssignmentRules {
  /** KPIs 7–10: the slot and up to three more numbers after it. */
  public static final int MAX_ASSIGNED = 4;
  public static final int MAX_TEXT = 1000;

  private AssignmentRules() {}

  /** The framework's blank free-form KPI (KPI 7 in the 2564 program) whose place and weight assigned KPIs take. */
  public static KpiDefinition slotOf(Program program) {
    return program.getKpis().stream().filter(k -> k.getKind() == KpiKind.FREE_FORM)
        .min((a, b) -> Integer.compare(a.getNumber(), b.getNumber()))
        .orElseThrow(() -> new BusinessException("assigned.noSlot"));
  }

  public static void requireNumber(KpiDefinition slot, int number) {
    if (number < slot.getNumber() || number >= slot.getNumber() + MAX_ASSIGNED) {
      throw new BusinessException("assigned.numberRange", slot.getNumber(), slot.getNumber() + MAX_ASSIGNED - 1);
    }
  }

  /** Definitions change only before the round's period starts (Bangkok date of the injected clock). */
  public static void requireBeforeStart(ReportingRound round, LocalDate today) {
    if (!today.isBefore(round.getPeriodStart())) {
      throw new BusinessException("assigned.roundStarted", round.getNumber());
    }
  }

  /** The text cleaned, or a refusal naming what is missing or wrong. */
  public static AssignedKpiText check(AssignedKpiText text) {
    String titleTh = clean(text.titleTh());
    if (titleTh.isEmpty()) {
      throw new BusinessException("assigned.titleRequired");
    }
    List<String> levels = new ArrayList<>();
    List<BigDecimal> thresholds = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String d = clean(text.levelsTh() == null || text.levelsTh().size() <= i ? null : text.levelsTh().get(i));
      if (d.isEmpty()) {
        throw new BusinessException("assigned.levelRequired", i + 1);
      }
      levels.add(d);
      thresholds.add(text.thresholds() == null || text.thresholds().size() <= i ? null : text.thresholds().get(i));
    }
    long given = thresholds.stream().filter(t -> t != null).count();
    if (given != 0 && given != 5) {
      throw new BusinessException("assigned.thresholdsAllOrNone");
    }
    if (given == 5) {
      if (thresholds.stream().anyMatch(t -> t.signum() < 0 || t.stripTrailingZeros().scale() > 0)) {
        throw new BusinessException("assigned.thresholdsWhole");
      }
      try {
        LevelScale.of(thresholds);
      } catch (IllegalArgumentException e) {
        throw new BusinessException("assigned.thresholdsRising");
      }
    }
    String titleEn = clean(text.titleEn());
    String unit = clean(text.unitTh());
    String evidence = clean(text.evidenceExpectedTh());
    return new AssignedKpiText(titleTh, titleEn.isEmpty() ? null : titleEn, unit.isEmpty() ? null : unit,
        evidence.isEmpty() ? null : evidence, levels, thresholds);
  }

  private static String clean(String s) {
    if (s == null) {
      return "";
    }
    String t = PlainText.clean(s);
    if (t.length() > MAX_TEXT) {
      throw new BusinessException("input.tooLong", MAX_TEXT);
    }
    return t;
  }
}
