-- The register lists a load's shares by section and reference, and shares with the same ones in
-- the order they were read: by file, sheet and row. The (section, reference) index gave the first
-- two; PostgreSQL then sorted each run of equal keys again, for every share, which made streaming
-- the register out of a million shares a third slower. With the positions in the index, the index
-- scan alone gives the register's order. The finalising step's pass over (section, reference)
-- and the comparison of two loads by reference use its leading columns as before.
--
-- Positions replace names as the tie-break, so each load's files must be numbered in the order
-- the job reads them: by name, character by character. V5 numbered stored loads by name in the
-- database's collation, which under a language's collation ('a.csv' before 'B.csv') is not that
-- order; those loads are renumbered here. A load numbered by the job is already in this order, and
-- its rows are not touched. Renumbering goes through negative numbers so that no two rows of a
-- load share a key in between.
update share s set source_file_index = -1 - p.position
from (select load_id, file_name, (row_number() over (partition by load_id order by file_name collate "C") - 1)::integer as position
      from load_input_file) p
where p.load_id = s.load_id and p.file_name = s.source_file and s.source_file_index <> p.position;

update share set source_file_index = -1 - source_file_index where source_file_index < 0;

drop index share_load_section_reference;
create index share_register_order on share (load_id, section collate "C", reference collate "C", source_file_index,
                                            source_sheet_index, source_row);
