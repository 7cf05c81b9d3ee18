-- Knowledge documents of a business (FAQ, policies) and their embedded chunks. The database is the
-- durable store in every profile; the in-process vector index of the embedded default is rebuilt
-- from knowledge_chunk at start-up. Portable between H2 and PostgreSQL 15: the embedding is a
-- SQL-standard REAL ARRAY (float4[] on PostgreSQL), so no pgvector extension is needed.

create table knowledge_document (
    id            uuid primary key,
    business_id   uuid         not null references business (id),
    title         varchar(200) not null,
    content_type  varchar(40)  not null,
    file_name     varchar(255),
    size_bytes    integer      not null,
    chunk_count   integer      not null,
    created_at    timestamp with time zone not null,
    ingested_at   timestamp with time zone not null
);
create index knowledge_document_business on knowledge_document (business_id, title);

-- business_id is repeated from the document so that retrieval narrows to one business in one index.
create table knowledge_chunk (
    id           uuid primary key,
    document_id  uuid          not null references knowledge_document (id) on delete cascade,
    business_id  uuid          not null,
    position     integer       not null,
    heading      varchar(500),
    text         varchar(8000) not null,
    embedding    real array    not null,
    unique (document_id, position)
);
create index knowledge_chunk_business on knowledge_chunk (business_id);
