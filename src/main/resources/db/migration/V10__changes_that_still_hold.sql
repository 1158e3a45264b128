-- A release's edition_changes table counts its changes against the edition before it as that
-- was when it was published (V7). When that edition is revised since, the release is published
-- again only if its counts against the new revision differ: a correction that leaves them as
-- they were (DS00004's organisation corrected, where DS00004 was counted as changed anyway)
-- would otherwise publish a revision that says "Nothing changed". A row here records that the
-- release's published counts hold against that newer load too, so a later run need not join the
-- loads again to find out.
create table changes_still_hold (
    load_id          bigint not null references edition_load on delete cascade,
    baseline_load_id bigint not null references edition_load on delete cascade,
    primary key (load_id, baseline_load_id)
);
