package th.go.cdd.performance.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PosterFormTest {
  @Test
  void thePosterCarriesTheProvinceTheRoundItsDatesAndTheLinkAsText() throws Exception {
    String url = "https://cdd.example/app/submit.xhtml?program=cdd-temp-staff-2564&round=2";
    byte[] pdf = new PosterForm().print(new PosterData("พนักงานราชการเฉพาะกิจ ปีงบประมาณ ๒๕๖๕", 2, LocalDate.of(2021, 11, 16),
        LocalDate.of(2022, 2, 15), LocalDate.of(2022, 2, 15), "เชียงใหม่", url));
    Path file = Files.createTempFile("poster-", ".pdf");
    try {
      Files.write(file, pdf);
      Files.copy(file, Path.of("target", "poster-sample.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      String text = PdfText.of(file);
      assertTrue(text.contains("สำนักงานพัฒนาชุมชนจังหวัดเชียงใหม่"), text);
      assertTrue(text.contains("รอบที่ 2"), text);
      assertTrue(text.contains("16/11/2564"), text);
      assertTrue(text.contains("15/02/2565"), text);
      assertTrue(text.contains(url), text);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
