package th.go.cdd.performance.report;

/** What a signature covers of an evidence file: its KPI, name, size and SHA-256, never its bytes. */
public record EvidenceDigest(int kpiNumber, String fileName, long size, String sha256) {
  static EvidenceDigest of(EvidenceFile f) {
    return new EvidenceDigest(f.getKpiNumber(), f.getFileName(), f.getSize(), f.getSha256());
  }
}
