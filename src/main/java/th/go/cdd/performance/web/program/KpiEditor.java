package th.go.cdd.performance.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import th.go.cdd.performance.program.KpiChange;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.administration.ProgramSetup;

/** The program page's KPI editor: one framework KPI with its five levels, added, changed or removed. */
@Named
@ViewScoped
public class KpiEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ProgramSetup setup;
  @Inject private ProgramView page;

  private Form form;

  public KpiKind[] getKinds() {
    return KpiKind.values();
  }

  public void open() {
    form = new Form(null, 0, new KpiChange(KpiKind.COUNT, null, null, null, null, null, null, null,
        IntStream.range(0, 5).mapToObj(i -> new KpiChange.Level(null, null, null, null)).toList()));
  }

  public void edit(KpiDefinition k) {
    form = new Form(k.getId(), k.getNumber(), KpiChange.of(k));
  }

  public void save() {
    Form f = form;
    if (page.apply(u -> {
      if (f.getId() == null) {
        setup.addKpi(u, page.getId(), f.toChange());
      } else {
        setup.editKpi(u, f.getId(), f.toChange());
      }
    }, "program.saved")) {
      form = null;
    }
  }

  public void remove(long kpiId) {
    if (page.apply(u -> setup.removeKpi(u, kpiId), "program.removed")) {
      form = null;
    }
  }

  public Form getForm() {
    return form;
  }

  /** A framework KPI being edited, with its five levels as editable rows. */
  public static class Form implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long id;
    private final int number;
    private KpiKind kind;
    private String areaTh;
    private String titleTh;
    private String titleEn;
    private String unitTh;
    private String evidenceExpectedTh;
    private Integer nationalTarget;
    private Long maximum;
    private final List<LevelForm> levels = new ArrayList<>();

    Form(Long id, int number, KpiChange k) {
      this.id = id;
      this.number = number;
      kind = k.kind();
      areaTh = k.areaTh();
      titleTh = k.titleTh();
      titleEn = k.titleEn();
      unitTh = k.unitTh();
      evidenceExpectedTh = k.evidenceExpectedTh();
      nationalTarget = k.nationalTarget();
      maximum = k.maximum();
      for (int i = 0; i < k.levels().size(); i++) {
        KpiChange.Level l = k.levels().get(i);
        levels.add(new LevelForm(i + 1, l.descriptionTh(), l.descriptionEn(), l.threshold(), l.evidenceTh()));
      }
    }

    KpiChange toChange() {
      return new KpiChange(kind, areaTh, titleTh, titleEn, unitTh, evidenceExpectedTh, nationalTarget, maximum,
          levels.stream().map(l -> new KpiChange.Level(l.descriptionTh, l.descriptionEn, l.threshold, l.evidenceTh)).toList());
    }

    public Long getId() {
      return id;
    }

    public int getNumber() {
      return number;
    }

    public KpiKind getKind() {
      return kind;
    }

    public void setKind(KpiKind kind) {
      this.kind = kind;
    }

    public String getAreaTh() {
      return areaTh;
    }

    public void setAreaTh(String areaTh) {
      this.areaTh = areaTh;
    }

    public String getTitleTh() {
      return titleTh;
    }

    public void setTitleTh(String titleTh) {
      this.titleTh = titleTh;
    }

    public String getTitleEn() {
      return titleEn;
    }

    public void setTitleEn(String titleEn) {
      this.titleEn = titleEn;
    }

    public String getUnitTh() {
      return unitTh;
    }

    public void setUnitTh(String unitTh) {
      this.unitTh = unitTh;
    }

    public String getEvidenceExpectedTh() {
      return evidenceExpectedTh;
    }

    public void setEvidenceExpectedTh(String evidenceExpectedTh) {
      this.evidenceExpectedTh = evidenceExpectedTh;
    }

    public Integer getNationalTarget() {
      return nationalTarget;
    }

    public void setNationalTarget(Integer nationalTarget) {
      this.nationalTarget = nationalTarget;
    }

    public Long getMaximum() {
      return maximum;
    }

    public void setMaximum(Long maximum) {
      this.maximum = maximum;
    }

    public List<LevelForm> getLevels() {
      return levels;
    }
  }

  /** One of the five levels being edited. */
  public static class LevelForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int level;
    private String descriptionTh;
    private String descriptionEn;
    private BigDecimal threshold;
    private String evidenceTh;

    LevelForm(int level, String descriptionTh, String descriptionEn, BigDecimal threshold, String evidenceTh) {
      this.level = level;
      this.descriptionTh = descriptionTh;
      this.descriptionEn = descriptionEn;
      this.threshold = threshold;
      this.evidenceTh = evidenceTh;
    }

    public int getLevel() {
      return level;
    }

    public String getDescriptionTh() {
      return descriptionTh;
    }

    public void setDescriptionTh(String descriptionTh) {
      this.descriptionTh = descriptionTh;
    }

    public String getDescriptionEn() {
      return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
      this.descriptionEn = descriptionEn;
    }

    public BigDecimal getThreshold() {
      return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
      this.threshold = threshold;
    }

    public String getEvidenceTh() {
      return evidenceTh;
    }

    public void setEvidenceTh(String evidenceTh) {
      this.evidenceTh = evidenceTh;
    }
  }
}
