package ai.xseven.knowledge;

import java.util.List;

/**
 * A document's text as sections under their headings (Markdown headings, PDF pages; one section
 * without a heading for plain text).
 */
record ParsedDocument(String title, DocumentType type, List<Section> sections) {

  record Section(String heading, String text) {}

  boolean isEmpty() {
    return sections.stream().allMatch(section -> section.text().isBlank());
  }
}
