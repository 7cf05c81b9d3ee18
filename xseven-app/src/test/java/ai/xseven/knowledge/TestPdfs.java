package ai.xseven.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs written with PDFBox: one page per array of lines. */
final class TestPdfs {

  private TestPdfs() {}

  static byte[] pdf(String title, String[]... pages) {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (title != null) {
        pdf.getDocumentInformation().setTitle(title);
      }
      for (String[] lines : pages) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
          text.beginText();
          text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
          text.setLeading(14);
          text.newLineAtOffset(50, 720);
          for (String line : lines) {
            text.showText(line);
            text.newLine();
          }
          text.endText();
        }
      }
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
