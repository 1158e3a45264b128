-- The canonical shares of each edition, as loaded by one job instance, with their findings,
-- and the releases published from them.

-- One loading of one edition's files under one set of rules, by one job instance. Only a
-- COMPLETE load is ever published; a LOADING load is being written (and is resumed after a
-- crash); a REJECTED load's rows are deleted.
create table edition_load (
    load_id           bigserial primary key,
    edition           varchar(7)  not null,
    input_fingerprint char(64)    not null,
    rules_fingerprint char(64)    not null,
    job_instance_id   bigint      not null unique,
    state             varchar(12) not null check (state in ('LOADING', 'COMPLETE', 'REJECTED')),
    level_lookup      text        not null default '',
    created_at        timestamptz not null default now(),
    completed_at      timestamptz
);
create index edition_load_edition on edition_load (edition, state);

create table load_input_file (
    load_id    bigint not null references edition_load on delete cascade,
    file_name  text   not null,
    file_path  text   not null,
    sha256     char(64) not null,
    size_bytes bigint not null,
    primary key (load_id, file_name)
);

create table share (
    load_id              bigint      not null references edition_load on delete cascade,
    edition              varchar(7)  not null,
    section              varchar(20) not null,
    reference            text        not null,
    reference_base       text        not null,
    reference_surrogate  boolean     not null,
    organisation         text        not null,
    organisation_name    text        not null,
    commissioned_by      text[]      not null,
    organisation_type    varchar(30) not null,
    purpose              text        not null,
    datasets             text[]      not null,
    legal_gateways       text[]      not null,
    data_level           varchar(40) not null,
    access_route         varchar(20) not null,
    route_basis          varchar(20) not null,
    route_group          varchar(30) not null,
    direct_reason        varchar(30),
    approval_body        varchar(20) not null,
    approved_on          date,
    shared_on            date,
    agreement_end        date,
    status               varchar(20) not null,
    dpia                 varchar(20) not null,
    records_shared       bigint,
    agreement_in_place   boolean     not null,
    end_date_recorded    boolean     not null,
    dpia_recorded        boolean     not null,
    approval_recorded    boolean     not null,
    safeguard_level      varchar(30) not null,
    raw_organisation_type text       not null,
    raw_datasets         text        not null,
    raw_legal_gateways   text        not null,
    raw_data_level       text        not null,
    raw_access_route     text        not null,
    raw_direct_reason    text        not null,
    raw_approval_body    text        not null,
    raw_status           text        not null,
    raw_dpia             text        not null,
    source_file          text        not null,
    source_sha256        char(64)    not null,
    source_sheet         text        not null,
    source_sheet_index   integer     not null,
    source_row           integer     not null,
    primary key (load_id, source_file, source_sheet, source_row)
);
create index share_load_section_reference on share (load_id, section, reference);

create table home_office_month (
    load_id               bigint  not null references edition_load on delete cascade,
    month                 date    not null,
    individuals_requested bigint,
    individuals_returned  bigint,
    source_file           text    not null,
    source_sheet          text    not null,
    source_row            integer not null,
    primary key (load_id, source_file, source_sheet, source_row)
);

create table finding (
    finding_id   bigserial primary key,
    load_id      bigint      not null references edition_load on delete cascade,
    source_file  text,
    source_sheet text,
    source_row   integer,
    field        text,
    raw_value    text,
    kind         varchar(30) not null,
    reason       text        not null
);
create index finding_load on finding (load_id);

-- A published revision of an edition: output/<edition>/r<revision>/.
create table edition_release (
    edition           varchar(7)  not null,
    revision          integer     not null,
    load_id           bigint      not null references edition_load,
    input_fingerprint char(64)    not null,
    rules_fingerprint char(64)    not null,
    reason            text        not null,
    job_execution_id  bigint      not null,
    published_at      timestamptz not null,
    folder            text        not null,
    primary key (edition, revision)
);
