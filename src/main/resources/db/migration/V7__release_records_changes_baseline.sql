-- Each release's edition_changes table compares its shares with the current release of the
-- edition before it, as that was when it was published. Recording which load that was lets a
-- later run see when the edition before has since been revised, or an edition back-filled in
-- between, and publish the edition again so that its changes are counted against what is now
-- published. Null: no earlier edition was held (every share counted as added).
alter table edition_release add column changes_compared_load bigint references edition_load;

-- Releases published before this was recorded: the edition before each, at its latest revision
-- published no later than the release itself, is the one it was compared with (runs publish
-- editions oldest first, so a revision of the edition before published in the same second
-- came before it).
update edition_release r set changes_compared_load = (
    select p.load_id from edition_release p
    where p.edition < r.edition and p.published_at <= r.published_at
    order by p.edition desc, p.revision desc
    limit 1);
