-- Input that could not become an edition (a loose file that names no edition, two files that
-- give the same one, an edition folder whose files disagree) starts no job, so the job
-- repository never hears of it and 'status' could not say why an edition a scheduled run was
-- given was not published. Each run and rerun replaces these rows with the problems it met.
create table input_problem (
    position    integer     primary key,
    where_found text        not null,
    message     text        not null,
    request     text        not null,
    noticed_at  timestamptz not null default now()
);
