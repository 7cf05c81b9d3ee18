package ai.xseven.knowledge;

import ai.xseven.knowledge.DocumentViews.DocumentSummary;
import ai.xseven.knowledge.DocumentViews.PassageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code knowledge_document} rows. */
@Component
class DocumentTable {

  private static final String SUMMARY = """
      select id, business_id, title, content_type, file_name, size_bytes, chunk_count, created_at,
             ingested_at
      from knowledge_document""";

  private final JdbcTemplate jdbc;

  DocumentTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Row(UUID id, UUID businessId, String title, DocumentType type, String fileName,
      long sizeBytes, int chunks, Instant at) {}

  void insert(Row row) {
    jdbc.update("""
        insert into knowledge_document (id, business_id, title, content_type, file_name,
            size_bytes, chunk_count, created_at, ingested_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        row.id(), row.businessId(), row.title(), row.type().mediaType(), row.fileName(),
        row.sizeBytes(), row.chunks(), utc(row.at()), utc(row.at()));
  }

  void update(Row row) {
    jdbc.update("""
        update knowledge_document set title = ?, content_type = ?, file_name = ?, size_bytes = ?,
            chunk_count = ?, ingested_at = ?
        where id = ?""",
        row.title(), row.type().mediaType(), row.fileName(), row.sizeBytes(), row.chunks(),
        utc(row.at()), row.id());
  }

  void delete(UUID id) {
    jdbc.update("delete from knowledge_document where id = ?", id);
  }

  /** The document's title, with its row locked until the transaction ends; empty if not there. */
  Optional<String> lockTitle(UUID businessId, UUID id) {
    return jdbc.query("select title from knowledge_document where id = ? and business_id = ? for update",
        (row, i) -> row.getString(1), id, businessId).stream().findFirst();
  }

  Optional<DocumentSummary> find(UUID businessId, UUID id) {
    return jdbc.query(SUMMARY + " where id = ? and business_id = ?", DocumentTable::summary, id,
        businessId).stream().findFirst();
  }

  List<DocumentSummary> list(UUID businessId) {
    return jdbc.query(SUMMARY + " where business_id = ? order by title, created_at",
        DocumentTable::summary, businessId);
  }

  long count() {
    return jdbc.queryForObject("select count(*) from knowledge_document", Long.class);
  }

  List<PassageView> passages(UUID id) {
    return jdbc.query(
        "select position, heading, text from knowledge_chunk where document_id = ? order by position",
        (row, i) -> new PassageView(row.getInt(1), row.getString(2), row.getString(3)), id);
  }

  private static DocumentSummary summary(ResultSet row, int i) throws SQLException {
    return new DocumentSummary(row.getObject("id", UUID.class),
        row.getObject("business_id", UUID.class), row.getString("title"),
        row.getString("content_type"), row.getString("file_name"), row.getLong("size_bytes"),
        row.getInt("chunk_count"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
        row.getObject("ingested_at", OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
