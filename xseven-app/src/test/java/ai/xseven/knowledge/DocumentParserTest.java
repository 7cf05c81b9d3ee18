package ai.xseven.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.xseven.knowledge.Chunker.Chunk;
import ai.xseven.knowledge.ParsedDocument.Section;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class DocumentParserTest {

  @Test
  void markdownSectionsKnowTheirHeadingsAndTheFirstHeadingIsTheTitle() {
    ParsedDocument doc = DocumentParser.parse(bytes("""
        # Cancellation policy

        ## Table bookings
        Free up to 24 hours before.

        ### Large groups
        48 hours' notice.

        ```
        # not a heading inside code
        ```

        ## No-shows
        We may give the table away after 20 minutes.
        """), DocumentType.MARKDOWN, null, "cancellation.md");

    assertThat(doc.title()).isEqualTo("Cancellation policy");
    assertThat(doc.sections()).extracting(Section::heading).containsExactly(
        "Table bookings", "Table bookings › Large groups", "No-shows");
    assertThat(doc.sections().get(1).text()).contains("48 hours' notice.",
        "# not a heading inside code");
  }

  @Test
  void aGivenTitleWinsAndPlainTextIsOneSectionWithoutHeading() {
    ParsedDocument doc = DocumentParser.parse(bytes("Line one.\n\nLine two.\n"),
        DocumentType.TEXT, "House rules", "rules.txt");

    assertThat(doc.title()).isEqualTo("House rules");
    assertThat(doc.sections()).containsExactly(new Section(null, "Line one.\n\nLine two."));
    assertThat(DocumentParser.parse(bytes("x"), DocumentType.TEXT, null, "dress-code.txt").title())
        .isEqualTo("dress code");
  }

  @Test
  void aPdfIsReadPageByPageWithItsTitle() {
    byte[] pdf = TestPdfs.pdf("Gift vouchers",
        new String[] {"Vouchers are valid for two years."}, new String[] {"No cash refunds."});

    ParsedDocument doc = DocumentParser.parse(pdf, DocumentType.PDF, null, "vouchers.pdf");

    assertThat(doc.title()).isEqualTo("Gift vouchers");
    assertThat(doc.sections()).containsExactly(
        new Section("Page 1", "Vouchers are valid for two years."),
        new Section("Page 2", "No cash refunds."));
  }

  @Test
  void brokenPdfsAndTextThatIsNotUtf8AreRefusedWithAReason() {
    assertThatThrownBy(() -> DocumentParser.parse(bytes("not a pdf"), DocumentType.PDF, "x", null))
        .isInstanceOf(ErrorResponseException.class)
        .satisfies(e -> assertThat(((ErrorResponseException) e).getBody().getDetail())
            .startsWith("The file could not be read as a PDF"));
    assertThatThrownBy(() -> DocumentParser.parse(new byte[] {(byte) 0xC3, 0x28},
        DocumentType.TEXT, "x", null))
        .satisfies(e -> assertThat(((ErrorResponseException) e).getBody().getDetail())
            .isEqualTo("The document is not UTF-8 text."));
  }

  @Test
  void theTypeComesFromTheMediaTypeOrElseTheFileName() {
    assertThat(DocumentType.of("text/markdown; charset=utf-8", null)).contains(DocumentType.MARKDOWN);
    assertThat(DocumentType.of("application/octet-stream", "faq.md")).contains(DocumentType.MARKDOWN);
    assertThat(DocumentType.of("text/plain", "faq.md")).contains(DocumentType.MARKDOWN);
    assertThat(DocumentType.of(null, "menu.PDF")).contains(DocumentType.PDF);
    assertThat(DocumentType.of("text/plain", "notes.txt")).contains(DocumentType.TEXT);
    assertThat(DocumentType.of("image/png", "faq.md")).isEmpty();
    assertThat(DocumentType.of(null, "sheet.xlsx")).isEmpty();
  }

  @Test
  void longSectionsAreCutIntoPassagesThatKeepTheirHeadingAndNeverStraddleTwoSections() {
    String paragraph = "Guests may bring a birthday cake and we will serve it with candles. ";
    ParsedDocument doc = new ParsedDocument("Events", DocumentType.MARKDOWN, List.of(
        new Section("Cakes", (paragraph.repeat(6) + "\n\n").repeat(4).strip()),
        new Section("Music", "Live music on Fridays.")));

    List<Chunk> chunks = new Chunker(800, 80).chunks(doc);

    assertThat(chunks).hasSizeGreaterThan(2);
    assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.text().length()).isLessThanOrEqualTo(800));
    assertThat(chunks).extracting(Chunk::position)
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, chunks.size()).boxed().toList());
    assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(chunk -> {
      assertThat(chunk.heading()).isEqualTo("Cakes");
      assertThat(chunk.text()).doesNotContain("Live music");
    });
    Chunk last = chunks.get(chunks.size() - 1);
    assertThat(last).isEqualTo(new Chunk(chunks.size() - 1, "Music", "Live music on Fridays."));
    assertThat(last.embeddingText("Events")).isEqualTo("Events — Music\nLive music on Fridays.");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
