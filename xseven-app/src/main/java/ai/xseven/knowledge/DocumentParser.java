package ai.xseven.knowledge;

import ai.xseven.knowledge.ParsedDocument.Section;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads Markdown and plain text directly and PDF through Apache PDFBox. Markdown is split at its
 * headings so that every chunk knows the heading it stands under; a PDF is split by page.
 */
final class DocumentParser {

  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final String PATH_SEPARATOR = " › ";

  private DocumentParser() {}

  /**
   * @param title the title the uploader gave, or null to take it from the document (a Markdown
   *     document's first top-level heading, a PDF's title) or else from the file name
   */
  static ParsedDocument parse(byte[] content, DocumentType type, String title, String fileName) {
    return switch (type) {
      case MARKDOWN -> markdown(utf8(content), title, fileName);
      case TEXT -> text(utf8(content), title, fileName);
      case PDF -> pdf(content, title, fileName);
    };
  }

  static ParsedDocument markdown(String markdown, String title, String fileName) {
    List<Section> sections = new ArrayList<>();
    String[] path = new String[7];
    String documentTitle = title;
    StringBuilder text = new StringBuilder();
    boolean inFence = false;
    boolean titleSeen = false;
    for (String line : markdown.split("\\R", -1)) {
      if (FENCE.matcher(line).find()) {
        inFence = !inFence;
      }
      Matcher heading = inFence ? null : HEADING.matcher(line);
      if (heading == null || !heading.matches()) {
        text.append(line).append('\n');
        continue;
      }
      add(sections, headingPath(path), text);
      int level = heading.group(1).length();
      String name = heading.group(2);
      if (level == 1 && !titleSeen && sections.isEmpty()) {
        titleSeen = true; // the document's own title heads no section of its own
        documentTitle = documentTitle == null ? name : documentTitle;
        continue;
      }
      path[level] = name;
      for (int deeper = level + 1; deeper < path.length; deeper++) {
        path[deeper] = null;
      }
    }
    add(sections, headingPath(path), text);
    return new ParsedDocument(titleOr(documentTitle, fileName), DocumentType.MARKDOWN, sections);
  }

  static ParsedDocument text(String text, String title, String fileName) {
    List<Section> sections = new ArrayList<>();
    add(sections, null, new StringBuilder(text));
    return new ParsedDocument(titleOr(title, fileName), DocumentType.TEXT, sections);
  }

  static ParsedDocument pdf(byte[] content, String title, String fileName) {
    try (PDDocument pdf = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<Section> sections = new ArrayList<>();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        add(sections, "Page " + page, new StringBuilder(stripper.getText(pdf)));
      }
      String pdfTitle = pdf.getDocumentInformation().getTitle();
      String documentTitle = title != null ? title : blankToNull(pdfTitle);
      return new ParsedDocument(titleOr(documentTitle, fileName), DocumentType.PDF, sections);
    } catch (InvalidPasswordException e) {
      throw KnowledgeException.unreadable("The PDF is protected by a password.");
    } catch (IOException e) {
      throw KnowledgeException.unreadable("The file could not be read as a PDF: " + e.getMessage());
    }
  }

  private static void add(List<Section> sections, String heading, StringBuilder text) {
    String trimmed = text.toString().strip();
    text.setLength(0);
    if (!trimmed.isEmpty()) {
      sections.add(new Section(heading, trimmed));
    }
  }

  private static String headingPath(String[] path) {
    List<String> names = new ArrayList<>();
    for (String name : path) {
      if (name != null) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : String.join(PATH_SEPARATOR, names);
  }

  private static String titleOr(String title, String fileName) {
    if (title != null && !title.isBlank()) {
      return title.strip();
    }
    if (fileName == null || fileName.isBlank()) {
      return null;
    }
    String name = fileName.replaceAll(".*[/\\\\]", "");
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).replace('-', ' ').replace('_', ' ').strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String utf8(byte[] content) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw KnowledgeException.unreadable("The document is not UTF-8 text.");
    }
  }
}
