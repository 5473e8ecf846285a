package th.go.cdd.performance.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The QR submission poster of a province for one round, A4 in the Thai font: the form's title, the
 * program, the round with its period and due date, the province, the QR code large enough to scan
 * from across a room, and the link in text for those who type it.
 */
public final class PosterForm {
  private static final String TITLE = "แบบประเมินผลการปฏิบัติงาน";
  private static final String SUBTITLE = "ส่งแบบสรุปผลการดำเนินงานรายบุคคล";
  /** A long link breaks only after "?" or "&amp;", never at a hyphen (a reader would drop it as a hyphenation). */
  private static final SplitCharacter URL_SPLIT = (start, current, end, cc, ck) -> {
    char c = cc[current];
    return c == '?' || c == '&';
  };

  private final Font title = new Font(ThaiFonts.BOLD, 30f);
  private final Font heading = new Font(ThaiFonts.BOLD, 20f);
  private final Font normal = new Font(ThaiFonts.REGULAR, 18f);
  private final Font small = new Font(ThaiFonts.REGULAR, 12f);

  public byte[] print(PosterData p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document d = new Document(PageSize.A4, 48, 48, 56, 48);
    try {
      PdfWriter.getInstance(d, out);
      d.addTitle(TITLE + " " + p.provinceName());
      d.addCreator("CDD performance reporting");
      d.open();
      d.add(paragraph(TITLE, title, 6));
      d.add(paragraph(SUBTITLE, heading, 4));
      d.add(paragraph(p.programName(), normal, 4));
      d.add(paragraph("รอบที่ " + p.round() + "  ระหว่างวันที่ " + ThaiText.date(p.periodStart(), false) + " - "
          + ThaiText.date(p.periodEnd(), false), normal, 4));
      d.add(paragraph("ส่งภายในวันที่ " + ThaiText.date(p.dueDate(), false), heading, 4));
      d.add(paragraph("สำนักงานพัฒนาชุมชนจังหวัด" + p.provinceName(), heading, 12));
      Image qr = Image.getInstance(SummaryForm.qr(p.url()), null);
      qr.scaleAbsolute(300, 300);
      qr.setAlignment(Element.ALIGN_CENTER);
      d.add(qr);
      d.add(paragraph("สแกน QR code แล้วเข้าสู่ระบบ เพื่อเปิดแบบสรุปผลของท่านในรอบนี้", normal, 6));
      Chunk link = new Chunk(p.url(), small);
      link.setSplitCharacter(URL_SPLIT);
      Paragraph url = new Paragraph(link);
      url.setAlignment(Element.ALIGN_CENTER);
      d.add(url);
      d.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot print the poster", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Paragraph paragraph(String text, Font font, float after) {
    Chunk chunk = new Chunk(text == null ? "" : text, font);
    chunk.setSplitCharacter(ThaiWordSplit.INSTANCE);
    Paragraph p = new Paragraph(chunk);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setLeading(font.getSize() * 1.3f);
    p.setSpacingAfter(after);
    return p;
  }
}
