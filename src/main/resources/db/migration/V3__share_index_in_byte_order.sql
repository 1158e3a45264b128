-- The register is published sorted by section then reference in byte order (collate "C"), so
-- that its order never depends on the server's locale. An index in that same order lets the
-- export stream a large edition's shares as they are read instead of sorting them all first.
drop index share_load_section_reference;
create index share_load_section_reference on share (load_id, section collate "C", reference collate "C");
