-- Owners sign in to the dashboard chat with a bearer token. Only the SHA-256 of a token is kept:
-- tokens are 256 random bits (or, for the embedded demo only, derived from the business's slug),
-- so a salted slow hash would add nothing; a leaked table does not give a usable token.
create table owner_token (
    id          uuid primary key,
    business_id uuid not null references business (id),
    token_hash  varchar(64)  not null unique,
    label       varchar(100) not null,
    created_at  timestamp with time zone not null
);
create index owner_token_business on owner_token (business_id);
