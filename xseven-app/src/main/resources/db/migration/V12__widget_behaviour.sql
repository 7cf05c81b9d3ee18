-- Issue 7: how long the widget keeps a customer's conversation id in the browser. After that a
-- visit starts a new conversation instead of continuing the old one. The business sets it in the
-- studio's Widget tab; 24 hours suits a restaurant or a salon.
alter table business add column conversation_ttl_hours integer default 24 not null;
