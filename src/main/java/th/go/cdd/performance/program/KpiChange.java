package th.go.cdd.performance.program;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A framework KPI as an administrator edits it: what it is, its evidence, target and five levels. */
public record KpiChange(KpiKind kind, String areaTh, String titleTh, String titleEn, String unitTh, String evidenceExpectedTh,
    Integer nationalTarget, Long maximum, List<Level> levels) implements Serializable {

  /** One level as edited: Thai and English descriptions, the threshold (none for free-form), evidence. */
  public record Level(String descriptionTh, String descriptionEn, BigDecimal threshold, String evidenceTh) implements Serializable {}

  public static KpiChange of(KpiDefinition k) {
    return new KpiChange(k.getKind(), k.getAreaTh(), k.getTitleTh(), k.getTitleEn(), k.getUnitTh(), k.getEvidenceExpectedTh(),
        k.getNationalTarget(), k.getMaximum(), k.getLevels().stream()
            .map(l -> new Level(l.getDescriptionTh(), l.getDescriptionEn(), l.getThreshold(), l.getEvidenceTh())).toList());
  }

  public List<KpiLevel> toLevels() {
    List<KpiLevel> out = new java.util.ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      Level l = levels.get(i);
      out.add(new KpiLevel(i + 1, trim(l.descriptionTh()), trim(l.descriptionEn()), kind == KpiKind.FREE_FORM ? null : l.threshold(),
          trim(l.evidenceTh())));
    }
    return out;
  }

  /**
   * Whether only words differ from the KPI as it is (kind, thresholds and target unchanged). The
   * maximum may change too: it bounds what is typed from now on and scores nothing.
   */
  public boolean onlyTextDiffersFrom(KpiDefinition k) {
    if (kind != k.getKind() || !java.util.Objects.equals(nationalTarget, k.getNationalTarget()) || levels.size() != k.getLevels().size()) {
      return false;
    }
    for (int i = 0; i < levels.size(); i++) {
      BigDecimal a = levels.get(i).threshold();
      BigDecimal b = k.getLevels().get(i).getThreshold();
      if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
        return false;
      }
    }
    return true;
  }

  public static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
