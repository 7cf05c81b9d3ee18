package ai.xseven.knowledge;

/**
 * A document as it arrives: an uploaded file or JSON text.
 *
 * @param title null to take it from the document or the file name
 * @param contentType the declared media type; null or generic to go by the file name
 */
record DocumentUpload(String title, String contentType, String fileName, byte[] content) {}
