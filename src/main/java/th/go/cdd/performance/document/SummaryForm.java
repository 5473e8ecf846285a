package th.go.cdd.performance.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Prints one or more summaries as the department's form "แบบสรุปผลการดำเนินงานรายบุคคลของ
 * พนักงานราชการเฉพาะกิจ (นักพัฒนาชุมชน)": A4, 16 pt Thai, the header, each KPI's signed figures
 * and level under its title, its table and evidence, the certification, the staff member's signature block, then the group director's and
 * the provincial officer's side by side, each with the date of the electronic signature; a QR code
 * and the verification code at the end. Each summary starts on a new page.
 */
public final class SummaryForm {
  private static final float SIZE = 16f;
  private static final String TITLE = "แบบสรุปผลการดำเนินงานรายบุคคลของพนักงานราชการเฉพาะกิจ (นักพัฒนาชุมชน)";
  private static final String CERTIFY = "ข้าพเจ้าขอรับรองว่าข้อมูลสรุปผลการดำเนินงานรายบุคคลของพนักงานราชการเฉพาะกิจ (นักพัฒนาชุมชน) "
      + "ดังกล่าวข้างต้นมีความถูกต้องและเป็นความจริงทุกประการ";

  private final boolean thaiDigits;
  private final Font normal = new Font(ThaiFonts.REGULAR, SIZE);
  private final Font bold = new Font(ThaiFonts.BOLD, SIZE);
  private final Font small = new Font(ThaiFonts.REGULAR, 12f);

  public SummaryForm(boolean thaiDigits) {
    this.thaiDigits = thaiDigits;
  }

  public byte[] print(List<SummaryData> summaries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    print(summaries, out);
    return out.toByteArray();
  }

  public void print(List<SummaryData> summaries, OutputStream out) {
    Document document = new Document(PageSize.A4, 56, 42, 42, 42);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(TITLE);
      document.addCreator("CDD performance reporting");
      document.open();
      for (int i = 0; i < summaries.size(); i++) {
        if (i > 0) {
          document.newPage();
        }
        summary(document, summaries.get(i));
      }
      if (summaries.isEmpty()) {
        document.add(paragraph("-", normal, Element.ALIGN_CENTER));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot print the summary", e);
    }
  }

  private void summary(Document d, SummaryData s) throws DocumentException {
    d.add(paragraph(TITLE, bold, Element.ALIGN_CENTER));
    d.add(paragraph("ครั้งที่ " + n(s.round()) + " ระหว่างวันที่ " + ThaiText.date(s.periodStart(), thaiDigits) + " - "
        + ThaiText.date(s.periodEnd(), thaiDigits), normal, Element.ALIGN_CENTER));
    d.add(paragraph("คำนำหน้าชื่อ - ชื่อ - นามสกุล  " + s.staffName(), normal, Element.ALIGN_LEFT));
    d.add(paragraph("ตำแหน่ง " + blank(s.position()) + "  สังกัดกลุ่มงาน " + blank(s.group()), normal, Element.ALIGN_LEFT));
    d.add(paragraph("สำนักงานพัฒนาชุมชนจังหวัด" + blank(s.province()), normal, Element.ALIGN_LEFT));
    for (SummaryData.Kpi kpi : s.kpis()) {
      kpi(d, kpi);
    }
    Paragraph certify = paragraph(CERTIFY, normal, Element.ALIGN_JUSTIFIED);
    certify.setFirstLineIndent(36);
    certify.setSpacingBefore(12);
    d.add(certify);
    PdfPTable staff = new PdfPTable(new float[] {1, 1});
    staff.setWidthPercentage(100);
    staff.setSpacingBefore(12);
    staff.addCell(empty());
    staff.addCell(signatureBlock(s.staff(), null));
    d.add(staff);
    PdfPTable supervisors = new PdfPTable(new float[] {1, 1});
    supervisors.setWidthPercentage(100);
    supervisors.setSpacingBefore(18);
    supervisors.setKeepTogether(true);
    supervisors.addCell(signatureBlock(s.director(), "ผู้บังคับบัญชาชั้นต้น"));
    supervisors.addCell(signatureBlock(s.officer(), null));
    d.add(supervisors);
    if (s.verificationCode() != null) {
      d.add(verification(s));
    }
  }

  private void kpi(Document d, SummaryData.Kpi kpi) throws DocumentException {
    Paragraph heading = paragraph("ตัวชี้วัด " + n(kpi.number()) + " " + kpi.title(), bold, Element.ALIGN_LEFT);
    heading.setSpacingBefore(10);
    d.add(heading);
    for (String line : KpiResultText.lines(kpi.result(), thaiDigits)) {
      Paragraph p = paragraph(line, normal, Element.ALIGN_LEFT);
      p.setIndentationLeft(24);
      d.add(p);
    }
    PdfPTable table = new PdfPTable(new float[] {1.1f, 4, 4});
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setHeaderRows(1);
    for (String h : List.of("ลำดับที่", "เป้าหมาย", "ผลการดำเนินงาน")) {
      PdfPCell cell = cell(h, bold, Element.ALIGN_CENTER);
      cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
      table.addCell(cell);
    }
    List<SummaryData.Row> rows = kpi.rows().isEmpty() ? List.of(new SummaryData.Row("", "")) : kpi.rows();
    for (int i = 0; i < rows.size(); i++) {
      table.addCell(cell(n(i + 1), normal, Element.ALIGN_CENTER));
      table.addCell(cell(rows.get(i).target(), normal, Element.ALIGN_LEFT));
      table.addCell(cell(rows.get(i).result(), normal, Element.ALIGN_LEFT));
    }
    d.add(table);
    d.add(paragraph("หลักฐานเชิงประจักษ์", normal, Element.ALIGN_LEFT));
    List<String> evidence = kpi.evidence().isEmpty() ? List.of("-") : kpi.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      Paragraph p = paragraph(n(i + 1) + ". " + evidence.get(i), normal, Element.ALIGN_LEFT);
      p.setIndentationLeft(24);
      d.add(p);
    }
  }

  private PdfPCell signatureBlock(SummaryData.Signer signer, String note) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    String name = signer == null ? "" : signer.name();
    boolean signed = signer != null && signer.signedOn() != null;
    cell.addElement(paragraph("ลงชื่อ " + (signed ? "(ลงนามอิเล็กทรอนิกส์)" : "...................................."), normal, Element.ALIGN_CENTER));
    cell.addElement(paragraph("(" + (name.isEmpty() ? "...................................." : name) + ")", normal, Element.ALIGN_CENTER));
    cell.addElement(paragraph("ตำแหน่ง " + (signer == null ? "" : blank(signer.position())), normal, Element.ALIGN_CENTER));
    cell.addElement(paragraph("วันที่ " + ThaiText.date(signed ? signer.signedOn() : null, thaiDigits), normal, Element.ALIGN_CENTER));
    if (signer != null && signer.onBehalfOf() != null) {
      cell.addElement(paragraph("ปฏิบัติราชการแทน " + signer.onBehalfOf(), small, Element.ALIGN_CENTER));
    }
    if (note != null) {
      cell.addElement(paragraph(note, normal, Element.ALIGN_CENTER));
    }
    return cell;
  }

  private PdfPTable verification(SummaryData s) throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {1, 4});
    table.setWidthPercentage(100);
    table.setSpacingBefore(16);
    table.setKeepTogether(true);
    PdfPCell qr;
    try {
      Image image = Image.getInstance(qr(s.verificationUrl() == null ? s.verificationCode() : s.verificationUrl()), null);
      image.scaleToFit(80, 80);
      qr = new PdfPCell(image, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    qr.setBorder(Rectangle.NO_BORDER);
    table.addCell(qr);
    PdfPCell text = new PdfPCell();
    text.setBorder(Rectangle.NO_BORDER);
    text.addElement(paragraph("รหัสตรวจสอบเอกสาร " + s.verificationCode(), bold, Element.ALIGN_LEFT));
    text.addElement(paragraph("ตรวจสอบความถูกต้องของลายมือชื่ออิเล็กทรอนิกส์ได้ที่ " + (s.verificationUrl() == null ? "" : s.verificationUrl()),
        small, Element.ALIGN_LEFT));
    table.addCell(text);
    return table;
  }

  /** A QR code as a black-and-white image (ZXing), with a small quiet zone. */
  static BufferedImage qr(String content) {
    try {
      BitMatrix m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 1,
          EncodeHintType.CHARACTER_SET, "UTF-8"));
      BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          image.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      return image;
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code", e);
    }
  }

  /** A table cell holding a paragraph (composite mode: lines break between Thai words, as in the body). */
  private PdfPCell cell(String text, Font font, int align) {
    PdfPCell cell = new PdfPCell();
    Paragraph p = paragraph(text, font, align);
    p.setLeading(SIZE * 1.15f);
    cell.addElement(p);
    cell.setPaddingTop(0);
    cell.setPaddingBottom(6);
    return cell;
  }

  private static PdfPCell empty() {
    PdfPCell cell = new PdfPCell(new Phrase(""));
    cell.setBorder(Rectangle.NO_BORDER);
    return cell;
  }

  private Paragraph paragraph(String text, Font font, int align) {
    Chunk chunk = new Chunk(text == null ? "" : text, font);
    chunk.setSplitCharacter(ThaiWordSplit.INSTANCE);
    Paragraph p = new Paragraph(chunk);
    p.setAlignment(align);
    p.setLeading(SIZE * 1.25f);
    return p;
  }

  private String n(int number) {
    return ThaiText.digits(String.valueOf(number), thaiDigits);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? "...................." : s;
  }
}
