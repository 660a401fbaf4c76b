-- Sentencing: sentences, custody intervals, credits, disallowances, flags, provisional detention, and
-- the release dates computed from them. Records are append-only revisions: a change (approval,
-- revocation, correction) is a new row for the same record id, with its reason and author; the
-- current state of a record is its latest revision. Nothing is ever deleted.

-- What sentencing knows about a person, kept from the registry's events (never read from its tables).
create table sentencing_person (
    person_id      uuid primary key,
    booking_number text,
    facility_code  text,
    legal_status   text,
    held           boolean not null,
    admitted_on    date,
    updated_at     timestamptz not null
);
create index sentencing_person_held on sentencing_person (held, facility_code);

create table sentence_rev (
    rev                    bigint generated always as identity primary key,
    sentence_id            uuid not null,
    person_id              uuid not null,
    jurisdiction           text not null,
    offence_code           text,
    offence_classification text,
    offence_description    text,
    term_years             int not null,
    term_months            int not null,
    term_days              int not null,
    start_date             date,
    offence_date           date,
    relation               text,
    related_to             uuid,
    void                   boolean not null default false,
    reason                 text,
    recorded_by            text not null,
    recorded_at            timestamptz not null
);
create index sentence_rev_person on sentence_rev (person_id, sentence_id, rev);

create table custody_interval_rev (
    rev         bigint generated always as identity primary key,
    interval_id uuid not null,
    person_id   uuid not null,
    sentence_id uuid not null,
    from_date   date not null,
    to_date     date not null,
    document    text,
    void        boolean not null default false,
    reason      text,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index custody_interval_rev_person on custody_interval_rev (person_id, interval_id, rev);

create table credit_rev (
    rev               bigint generated always as identity primary key,
    credit_id         uuid not null,
    person_id         uuid not null,
    sentence_id       uuid,
    kind              text not null,
    activity_date     date not null,
    days              int,
    hours             int,
    status            text not null,
    document          text,
    revocation_date   date,
    revocation_reason text,
    void              boolean not null default false,
    reason            text,
    recorded_by       text not null,
    recorded_at       timestamptz not null
);
create index credit_rev_person on credit_rev (person_id, credit_id, rev);

create table disallowance_rev (
    rev             bigint generated always as identity primary key,
    disallowance_id uuid not null,
    person_id       uuid not null,
    sentence_id     uuid,
    decided_on      date not null,
    days            int not null,
    reason          text not null,
    document        text,
    void            boolean not null default false,
    recorded_by     text not null,
    recorded_at     timestamptz not null
);
create index disallowance_rev_person on disallowance_rev (person_id, disallowance_id, rev);

-- The person's flags (recidivist, gang member...): the latest row is current.
create table person_flags_rev (
    rev         bigint generated always as identity primary key,
    person_id   uuid not null,
    flags       text not null,
    reason      text not null,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index person_flags_rev_person on person_flags_rev (person_id, rev);

-- Provisional detention details (offence class, appeal); without a row the admission date and the
-- lesser-offence limit are used, which alerts earliest.
create table pretrial_rev (
    rev                 bigint generated always as identity primary key,
    person_id           uuid not null,
    detention_start     date not null,
    classification      text not null,
    on_appeal           boolean not null,
    state_of_exception  boolean not null,
    reason              text not null,
    recorded_by         text not null,
    recorded_at         timestamptz not null
);
create index pretrial_rev_person on pretrial_rev (person_id, rev);

-- The latest computation for a person (derived data: replaced by each recomputation).
create table release_dates (
    person_id          uuid primary key,
    engine_version     text not null,
    rule_set_version   text not null,
    computed_at        timestamptz not null,
    release_date       date,
    full_term          date,
    conditional_release date,
    pretrial_limit     date,
    pretrial_override  date,
    alerts             text,
    result             jsonb not null
);
create index release_dates_release on release_dates (release_date);
create index release_dates_pretrial on release_dates (pretrial_limit);

create table recompute_job (
    job_id           uuid primary key,
    reason           text not null,
    requested_by     text not null,
    rule_set_version text not null,
    status           text not null,
    total            int not null default 0,
    done             int not null default 0,
    changed          int not null default 0,
    failed           int not null default 0,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    millis           bigint
);

-- Who changed, which date, by how many days: the report of a recomputation.
create table recompute_change (
    job_id    uuid not null,
    person_id uuid not null,
    date_name text not null,
    old_date  date,
    new_date  date,
    delta_days int
);
create index recompute_change_job on recompute_change (job_id);

create trigger sentence_rev_no_delete before delete on sentence_rev for each row execute function refuse_delete();
create trigger custody_interval_rev_no_delete before delete on custody_interval_rev for each row execute function refuse_delete();
create trigger credit_rev_no_delete before delete on credit_rev for each row execute function refuse_delete();
create trigger disallowance_rev_no_delete before delete on disallowance_rev for each row execute function refuse_delete();
create trigger person_flags_rev_no_delete before delete on person_flags_rev for each row execute function refuse_delete();
create trigger pretrial_rev_no_delete before delete on pretrial_rev for each row execute function refuse_delete();
