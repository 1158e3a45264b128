-- How many items (rows read from the edition's files) the ingest step has committed, counted in
-- the same transaction as the shares they became. The step's saved position is normally the
-- same number, but Spring Batch can save an uncommitted chunk's position when the connection
-- fails at the chunk's end and the database answers again at once (the position was updated in
-- memory before the failed commit): a resumed step would then skip that chunk's rows. The step
-- resumes from this count instead.
alter table edition_load add column items_committed bigint not null default 0;
