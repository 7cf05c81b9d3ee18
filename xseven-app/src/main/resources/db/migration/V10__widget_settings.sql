-- Issue 6: the widget's settings, edited in the studio. Enforcing them in the widget and the
-- public API is issue 7; until then they are stored and shown only.

-- The key a business's widget will present (256 random bits, URL-safe Base64). The application
-- gives each business one (a business made before this migration gets its key the first time
-- its settings are read), so the column stays nullable here: SQL has no portable random string.
alter table business add column widget_key varchar(64);
create unique index business_widget_key on business (widget_key);

-- The page origins allowed to embed the widget, comma-separated, e.g.
-- 'https://example.com,https://www.example.com'; empty: none yet.
alter table business add column widget_origins varchar(4000) default '' not null;

-- The studio's playground opens the owner's dashboard chat with an owner token that expires:
-- tokens issued before this migration (and the demo ones) never do.
alter table owner_token add column expires_at timestamp with time zone;
