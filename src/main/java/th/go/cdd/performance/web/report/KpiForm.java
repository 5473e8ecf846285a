package th.go.cdd.performance.web.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.KpiLevel;
import th.go.cdd.performance.report.KpiEntry;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiMeasure;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.KpiScore;

/** What the report page holds for one KPI while it is being edited: typed values are kept here. */
public class KpiForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One editable row of the KPI's table. */
  public static class RowForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String target;
    private String result;
    private boolean dirty;

    public RowForm() {}

    RowForm(String target, String result) {
      this.target = target;
      this.result = result;
    }

    public String getTarget() {
      return target;
    }

    boolean isDirty() {
      return dirty;
    }

    public void setTarget(String target) {
      dirty |= !java.util.Objects.equals(this.target, target);
      this.target = target;
    }

    public String getResult() {
      return result;
    }

    public void setResult(String result) {
      dirty |= !java.util.Objects.equals(this.result, result);
      this.result = result;
    }
  }

  /** A level's description as the page shows it. */
  public record LevelText(int level, String th, String en, String evidence) implements Serializable {
    public int getLevel() {
      return level;
    }

    public String getTh() {
      return th;
    }

    public String getEn() {
      return en;
    }

    public String getEvidence() {
      return evidence;
    }
  }

  private final int number;
  private final KpiKind kind;
  private final String titleTh;
  private final String titleEn;
  private final String unitTh;
  private final String evidenceExpected;
  private final List<LevelText> levels = new ArrayList<>();
  private final boolean assigned;
  private final transient KpiMeasure definition;
  private BigDecimal figure;
  private BigDecimal base;
  private Integer chosenLevel;
  private final List<RowForm> rows = new ArrayList<>();
  private KpiScore score;
  /** Changed in this page since it was last saved. */
  private boolean dirty;

  KpiForm(KpiEntry entry) {
    this.definition = entry.measure();
    this.assigned = entry.isAssigned();
    this.number = entry.getNumber();
    this.kind = definition.kind();
    this.titleTh = entry.getTitleTh();
    // a supervisor may write the assigned KPI in Thai only: the English page then shows the Thai
    this.titleEn = entry.getTitleEn() == null ? entry.getTitleTh() : entry.getTitleEn();
    this.unitTh = entry.getUnitTh();
    this.evidenceExpected = entry.getEvidenceExpectedTh();
    for (KpiLevel l : entry.getLevels()) {
      levels.add(new LevelText(l.getLevel(), l.getDescriptionTh(), l.getDescriptionEn() == null ? l.getDescriptionTh() : l.getDescriptionEn(),
          l.getEvidenceTh()));
    }
    this.figure = whole(entry.getFigure());
    this.base = whole(entry.getBase());
    this.chosenLevel = kind == KpiKind.FREE_FORM ? entry.getLevel() : null;
    entry.getRows().forEach(r -> rows.add(new RowForm(r.getTarget(), r.getResult())));
    if (rows.isEmpty()) {
      rows.add(new RowForm());
    }
    this.score = safeScore();
  }

  /** Figures are whole numbers: show 25, not the stored 25.00. */
  private static BigDecimal whole(BigDecimal n) {
    return n != null && n.stripTrailingZeros().scale() <= 0 ? n.setScale(0) : n;
  }

  KpiInput toInput() {
    return new KpiInput(number, figure, base, chosenLevel, rows.stream().map(r -> new KpiRow(r.target, r.result)).toList());
  }

  void scored(KpiScore score) {
    this.score = score;
    this.dirty = false;
    rows.forEach(r -> r.dirty = false);
  }

  boolean isDirty() {
    return dirty || rows.stream().anyMatch(RowForm::isDirty);
  }

  private KpiScore safeScore() {
    try {
      return definition == null ? null : KpiScore.of(definition, figure, base, chosenLevel);
    } catch (RuntimeException e) {
      return null;
    }
  }

  public void addRow() {
    rows.add(new RowForm());
  }

  public void removeRow(RowForm row) {
    dirty = true;
    rows.remove(row);
    if (rows.isEmpty()) {
      rows.add(new RowForm());
    }
  }

  public int getNumber() {
    return number;
  }

  /** A KPI 7–10 assigned by a supervisor, shown with who assigned it in mind. */
  public boolean isAssigned() {
    return assigned;
  }

  public String getKind() {
    return kind.name();
  }

  public boolean isFreeForm() {
    return kind == KpiKind.FREE_FORM;
  }

  /** The bundle key of the figure's name, as refusals name it. */
  public String getFigureField() {
    return "field.figure." + kind.name();
  }

  public boolean isPercentage() {
    return kind == KpiKind.PERCENTAGE;
  }

  public String getTitleTh() {
    return titleTh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getUnitTh() {
    return unitTh;
  }

  public String getEvidenceExpected() {
    return evidenceExpected;
  }

  public List<LevelText> getLevels() {
    return levels;
  }

  public BigDecimal getFigure() {
    return figure;
  }

  public void setFigure(BigDecimal figure) {
    dirty |= !java.util.Objects.equals(this.figure, figure);
    this.figure = figure;
  }

  public BigDecimal getBase() {
    return base;
  }

  public void setBase(BigDecimal base) {
    dirty |= !java.util.Objects.equals(this.base, base);
    this.base = base;
  }

  public Integer getChosenLevel() {
    return chosenLevel;
  }

  public void setChosenLevel(Integer chosenLevel) {
    dirty |= !java.util.Objects.equals(this.chosenLevel, chosenLevel);
    this.chosenLevel = chosenLevel;
  }

  public List<RowForm> getRows() {
    return rows;
  }

  public Integer getLevel() {
    return score == null ? null : score.level();
  }

  public BigDecimal getValue() {
    return score == null ? null : score.value();
  }

  /** The percentage as shown: two decimals, truncated like the level (59.995 shows 59.99). */
  public String getValueText() {
    return score == null || score.value() == null ? "" : score.value().setScale(2, java.math.RoundingMode.DOWN).stripTrailingZeros().toPlainString();
  }

  public String getGapText() {
    return score == null || score.gapToNext() == null ? "" : score.gapToNext().setScale(2, java.math.RoundingMode.UP).stripTrailingZeros().toPlainString();
  }

  public BigDecimal getGap() {
    return score == null ? null : score.gapToNext();
  }
}
