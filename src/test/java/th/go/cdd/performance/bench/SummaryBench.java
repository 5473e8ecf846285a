package th.go.cdd.performance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import th.go.cdd.performance.document.SummaryData;
import th.go.cdd.performance.document.SummaryForm;

/**
 * How long printing the official summary takes: one full summary (ten KPIs, three rows and two
 * evidence files each, three signatures) printed once cold and then {@value #RUNS} times, and a
 * province's 132 summaries in one file. Run: {@code mvn -Pbench-documents -DskipTests package}.
 */
public final class SummaryBench {
  static final int RUNS = 50;

  private SummaryBench() {}

  public static void main(String[] args) throws IOException {
    SummaryData one = sample();
    long t0 = System.nanoTime();
    byte[] first = new SummaryForm(false).print(List.of(one));
    double cold = (System.nanoTime() - t0) / 1e6;
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      new SummaryForm(i % 2 == 0).print(List.of(one));
      ms.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(ms);
    List<SummaryData> province = Collections.nCopies(132, one);
    long tp = System.nanoTime();
    byte[] all = new SummaryForm(false).print(province);
    double provinceMs = (System.nanoTime() - tp) / 1e6;
    String table = String.format("## Summary PDF benchmark%n%nMachine: %d cores. One summary: %d KB.%n%n"
        + "| what | cold ms | median ms | p95 ms | min ms | max ms |%n|---|---:|---:|---:|---:|---:|%n"
        + "| one summary (10 KPIs) | %.0f | %.1f | %.1f | %.1f | %.1f |%n| a province, 132 summaries in one PDF (%d KB) | %.0f | | | | |%n",
        Runtime.getRuntime().availableProcessors(), first.length / 1024, cold, ms.get(RUNS / 2), ms.get((int) Math.ceil(RUNS * 0.95) - 1),
        ms.get(0), ms.get(RUNS - 1), all.length / 1024, provinceMs);
    System.out.println(table);
    Path out = Path.of(args.length > 0 ? args[0] : "target", "bench");
    Files.createDirectories(out);
    Files.writeString(out.resolve("documents.md"), table);
  }

  static SummaryData sample() {
    List<SummaryData.Kpi> kpis = new ArrayList<>();
    for (int k = 1; k <= 10; k++) {
      List<SummaryData.Row> rows = new ArrayList<>();
      for (int r = 1; r <= 3; r++) {
        rows.add(new SummaryData.Row("ส่งเสริมการตลาดผลิตภัณฑ์ชุมชนและสินค้า OTOP ออนไลน์ เป้าหมายที่ " + r,
            "ดำเนินการพัฒนาและส่งเสริมการตลาดผลิตภัณฑ์ชุมชนบนแพลตฟอร์มออนไลน์ได้ " + (r * 12) + " ผลิตภัณฑ์ ตามแผนปฏิบัติการของจังหวัด"));
      }
      kpis.add(new SummaryData.Kpi(k, "ระดับความสำเร็จของการขับเคลื่อนการขจัดความยากจนและพัฒนาคนทุกช่วงวัยอย่างยั่งยืน",
          new SummaryData.Result(th.go.cdd.performance.program.KpiKind.COUNT, java.math.BigDecimal.valueOf(36), null, null,
              java.math.BigDecimal.valueOf(72), "ผลิตภัณฑ์", 3, "จำนวนไม่น้อยกว่า ๓๐ ผลิตภัณฑ์"), rows,
          List.of("รายงานผลการดำเนินงาน.pdf", "ภาพถ่ายกิจกรรม.jpg")));
    }
    LocalDate d = LocalDate.of(2022, 2, 10);
    return new SummaryData(2, LocalDate.of(2021, 11, 16), LocalDate.of(2022, 2, 15), "นางสาวสุดารัตน์ ศรีสุข", "นักพัฒนาชุมชน",
        "ส่งเสริมการพัฒนาชุมชน", "เชียงใหม่", kpis, new SummaryData.Signer("นางสาวสุดารัตน์ ศรีสุข", "นักพัฒนาชุมชน", d, null),
        new SummaryData.Signer("นายประเสริฐ ใจงาม", "ผู้อำนวยการกลุ่มงาน", d.plusDays(1), null),
        new SummaryData.Signer("นายสมชาย ใจดี", "พัฒนาการจังหวัดเชียงใหม่", d.plusDays(2), null), "R1-0123456789ABCDEF",
        "http://localhost:8080/verify.xhtml?code=R1-0123456789ABCDEF");
  }
}
