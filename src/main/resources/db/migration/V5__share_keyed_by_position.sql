-- A share was keyed by (load, file name, sheet name, row): text that PostgreSQL compares
-- character by character and inserts at scattered places in the key's index, about a third of
-- the time COPY takes to store a million shares. It is now keyed by the same place given as
-- positions: the file's among the load's files (in name order, as they are read), the sheet's in
-- its workbook, and the row. Rows are read in that order, so each new key goes at the end of
-- the index. The names stay as columns: they are the share's provenance.
alter table share add column source_file_index integer;

update share s set source_file_index = f.position
from (select load_id, file_name, (row_number() over (partition by load_id order by file_name) - 1)::integer as position
      from load_input_file) f
where f.load_id = s.load_id and f.file_name = s.source_file;

-- Every share was read from one of its load's files; a share that names no such file would
-- stop the upgrade here, with nothing changed, rather than be keyed by a guess.
alter table share alter column source_file_index set not null;

alter table share drop constraint share_pkey;
alter table share add primary key (load_id, source_file_index, source_sheet_index, source_row);
