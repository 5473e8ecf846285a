package th.go.cdd.performance.monitoring;

import java.io.Serializable;
/** One dashboard row: a province, its cohort and region, and its counts for the round. */
public record ProvinceProgress(String code, String nameTh, String nameEn, int cohort, Region region, ReportCounts counts) implements Serializable {
  public String getCode() { return code; }
  public String getNameTh() { return nameTh; }
  public String getNameEn() { return nameEn; }
  public int getCohort() { return cohort; }
  public Region getRegion() { return region; }
  public ReportCounts getCounts() { return counts; }
}
