-- A database and the output folder it publishes to belong together: the revisions it records
-- are the folders there. Pointed at another database's folder, a run took that folder's revisions
-- for its own interrupted work, replaced them and moved each edition's current link back; pointed
-- at a second folder, it numbered revisions after ones that folder does not hold. The folder
-- this database publishes to is named here by an id that the folder holds too (in a file that
-- moves with it) and by where it was last seen.
create table publication_output (
    singleton  boolean     primary key default true check (singleton),
    output_id  uuid        not null,
    path       text        not null,
    bound_at   timestamptz not null default now()
);
