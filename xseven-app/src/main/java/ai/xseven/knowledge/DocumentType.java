package ai.xseven.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of document a business can upload, by media type or, failing that, file extension. */
enum DocumentType {
  MARKDOWN("text/markdown", List.of("text/markdown", "text/x-markdown"), List.of(".md", ".markdown")),
  TEXT("text/plain", List.of("text/plain"), List.of(".txt", ".text")),
  PDF("application/pdf", List.of("application/pdf"), List.of(".pdf"));

  static final String SUPPORTED = "Markdown (text/markdown, .md), plain text (text/plain, .txt)"
      + " or PDF (application/pdf, .pdf)";

  private final String mediaType;
  private final List<String> mediaTypes;
  private final List<String> extensions;

  DocumentType(String mediaType, List<String> mediaTypes, List<String> extensions) {
    this.mediaType = mediaType;
    this.mediaTypes = mediaTypes;
    this.extensions = extensions;
  }

  String mediaType() {
    return mediaType;
  }

  /** A declared media type wins; a generic or missing one falls back to the file name. */
  static Optional<DocumentType> of(String declaredType, String fileName) {
    String type = declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    Optional<DocumentType> byType =
        Arrays.stream(values()).filter(t -> t.mediaTypes.contains(type)).findFirst();
    Optional<DocumentType> byName = byExtension(fileName);
    if (byType.isEmpty() && (type.isEmpty() || type.equals("application/octet-stream"))) {
      return byName;
    }
    // Many clients send a Markdown file as text/plain; its extension says what it is.
    if (byType.equals(Optional.of(TEXT)) && byName.equals(Optional.of(MARKDOWN))) {
      return byName;
    }
    return byType;
  }

  private static Optional<DocumentType> byExtension(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> t.extensions.stream().anyMatch(name::endsWith))
        .findFirst();
  }
}
