package ai.xseven.knowledge;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.RelevanceScore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.logical.And;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The durable store of passages and their embeddings: the {@code knowledge_chunk} table, behind
 * langchain4j's {@link EmbeddingStore}. It works on H2 and on PostgreSQL without pgvector: a search
 * narrows to one business in SQL and ranks that business's passages by cosine similarity in Java,
 * which suits a business's handful of documents. Scores are langchain4j's relevance scores, the
 * same as {@code InMemoryEmbeddingStore} gives, so both stores rank and cut alike.
 *
 * <p>Every passage needs its {@link TextSegment} with the {@link Passages} metadata (business,
 * document, position); a bare embedding has no place in this table and is refused.
 */
final class JdbcChunkStore implements EmbeddingStore<TextSegment> {

  private static final String SELECT = """
      select c.id, c.business_id, c.document_id, d.title, c.position, c.heading, c.text%s
      from knowledge_chunk c join knowledge_document d on d.id = c.document_id""";

  private final JdbcTemplate jdbc;

  JdbcChunkStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String add(Embedding embedding) {
    throw withoutPassage();
  }

  @Override
  public void add(String id, Embedding embedding) {
    throw withoutPassage();
  }

  @Override
  public List<String> addAll(List<Embedding> embeddings) {
    throw withoutPassage();
  }

  @Override
  public String add(Embedding embedding, TextSegment passage) {
    String id = UUID.randomUUID().toString();
    addAll(List.of(id), List.of(embedding), List.of(passage));
    return id;
  }

  @Override
  public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> passages) {
    if (passages == null || ids.size() != embeddings.size() || ids.size() != passages.size()) {
      throw new IllegalArgumentException("Every embedding needs an id and its passage");
    }
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Metadata metadata = passages.get(i).metadata();
      rows.add(new Object[] {
          UUID.fromString(ids.get(i)),
          required(metadata.getUUID(Passages.DOCUMENT_ID), Passages.DOCUMENT_ID),
          required(metadata.getUUID(Passages.BUSINESS_ID), Passages.BUSINESS_ID),
          required(metadata.getInteger(Passages.POSITION), Passages.POSITION),
          metadata.getString(Passages.HEADING),
          passages.get(i).text(),
          boxed(embeddings.get(i).vector())});
    }
    jdbc.batchUpdate("""
        insert into knowledge_chunk (id, document_id, business_id, position, heading, text, embedding)
        values (?, ?, ?, ?, ?, ?, ?)""", rows);
  }

  @Override
  public void removeAll(Collection<String> ids) {
    jdbc.batchUpdate("delete from knowledge_chunk where id = ?",
        ids.stream().map(id -> new Object[] {UUID.fromString(id)}).toList());
  }

  /** Removes the passages the filter accepts; equality on business or document narrows in SQL. */
  @Override
  public void removeAll(Filter filter) {
    List<String> ids = select(filter, false).stream()
        .filter(stored -> filter.test(stored.passage().metadata()))
        .map(StoredPassage::id)
        .toList();
    removeAll(ids);
  }

  @Override
  public void removeAll() {
    jdbc.update("delete from knowledge_chunk");
  }

  @Override
  public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
    Filter filter = request.filter();
    List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>();
    for (StoredPassage stored : select(filter, true)) {
      if (filter != null && !filter.test(stored.passage().metadata())) {
        continue;
      }
      double score = RelevanceScore.fromCosineSimilarity(
          CosineSimilarity.between(request.queryEmbedding(), stored.embedding()));
      if (score >= request.minScore()) {
        matches.add(new EmbeddingMatch<>(score, stored.id(), stored.embedding(), stored.passage()));
      }
    }
    matches.sort(Comparator.comparingDouble(EmbeddingMatch<TextSegment>::score).reversed());
    return new EmbeddingSearchResult<>(
        matches.subList(0, Math.min(request.maxResults(), matches.size())));
  }

  /** A passage as stored: its id, its embedding (when asked for) and the passage. */
  record StoredPassage(String id, Embedding embedding, TextSegment passage) {}

  /** One document's passages with their embeddings, in order (for the in-process index). */
  List<StoredPassage> passagesOf(UUID documentId) {
    return select(Passages.ofDocument(documentId), true);
  }

  /** Every stored passage with its embedding (to rebuild the in-process index at start-up). */
  List<StoredPassage> all() {
    return select(null, true);
  }

  private List<StoredPassage> select(Filter filter, boolean withEmbeddings) {
    String sql = SELECT.formatted(withEmbeddings ? ", c.embedding" : "");
    Optional<Narrowing> narrowing = narrowing(filter);
    if (narrowing.isPresent()) {
      sql += " where c." + narrowing.get().column() + " = ?";
    }
    sql += " order by c.document_id, c.position";
    Object[] args = narrowing.map(n -> new Object[] {n.value()}).orElse(new Object[0]);
    return jdbc.query(sql, (row, i) -> match(row, withEmbeddings), args);
  }

  private record Narrowing(String column, Object value) {}

  /** An equality on the business or the document, alone or inside an AND, becomes a WHERE. */
  private static Optional<Narrowing> narrowing(Filter filter) {
    if (filter instanceof IsEqualTo equal) {
      return switch (equal.key()) {
        case Passages.BUSINESS_ID -> Optional.of(new Narrowing("business_id", equal.comparisonValue()));
        case Passages.DOCUMENT_ID -> Optional.of(new Narrowing("document_id", equal.comparisonValue()));
        default -> Optional.empty();
      };
    }
    if (filter instanceof And and) {
      return narrowing(and.left()).or(() -> narrowing(and.right()));
    }
    return Optional.empty();
  }

  private static StoredPassage match(ResultSet row, boolean withEmbedding)
      throws SQLException {
    TextSegment passage = Passages.passage(row.getObject("business_id", UUID.class),
        row.getObject("document_id", UUID.class), row.getString("title"), row.getInt("position"),
        row.getString("heading"), row.getString("text"));
    Embedding embedding = withEmbedding ? new Embedding(vector(row.getArray("embedding"))) : null;
    return new StoredPassage(row.getObject("id", UUID.class).toString(), embedding, passage);
  }

  private static float[] vector(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray(); // Float[] on PostgreSQL, Object[] of Float on H2
    float[] vector = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      vector[i] = ((Number) values[i]).floatValue();
    }
    array.free();
    return vector;
  }

  private static Float[] boxed(float[] vector) {
    Float[] boxed = new Float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      boxed[i] = vector[i];
    }
    return boxed;
  }

  private static <T> T required(T value, String key) {
    if (value == null) {
      throw new IllegalArgumentException("A passage needs the metadata '" + key + "'");
    }
    return value;
  }

  private static IllegalArgumentException withoutPassage() {
    return new IllegalArgumentException(
        "A knowledge passage needs its text and document: use addAll(ids, embeddings, passages)");
  }
}
