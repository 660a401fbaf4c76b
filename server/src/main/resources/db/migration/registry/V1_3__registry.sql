-- Registry: persons, identity documents, admissions with commitment orders and the Mandela Rule 7
-- record, legal status history, releases, corrections, the file access log, order documents and
-- idempotent request replies. Nothing here is ever deleted; history tables also refuse updates.
create extension if not exists pg_trgm;

create sequence booking_number_seq;

create function registry_refuse_update() returns trigger language plpgsql as $$
begin
    raise exception 'registry history is never rewritten (table %)', tg_table_name
        using errcode = 'restrict_violation';
end $$;

-- The person, with the current legal status and current (or last) facility kept on the row, updated
-- in the transaction that changes them, so that search reads one table.
create table person (
    id                   uuid primary key,
    booking_number       text not null unique,
    given_names          text not null,
    first_surname        text not null,
    second_surname       text,
    sex                  text not null check (sex in ('MALE','FEMALE')),
    date_of_birth        date not null,
    nationality          char(2) not null,
    search_name          text not null,   -- lower-case, accents stripped: names and aliases
    sort_name            text not null,   -- lower-case, accents stripped: surnames then given names
    legal_status         text not null,
    held_for_state       char(2),
    facility_code        text not null,   -- current admission's, or the last one's once released
    held                 boolean not null,
    current_admission_id uuid not null,   -- current admission, or the last one
    admitted_at          timestamptz not null,
    created_at           timestamptz not null,
    created_by           text not null,
    updated_at           timestamptz not null
);
create index person_search_name_trgm on person using gin (search_name gin_trgm_ops);
create index person_sort on person (sort_name, id);
create index person_facility on person (facility_code, sort_name, id);
create index person_status on person (legal_status, sort_name, id);
create index person_nationality on person (nationality);
create index person_held_for on person (held_for_state) where held_for_state is not null;

create table person_alias (
    person_id  uuid not null references person(id),
    position   int not null,
    alias      text not null,
    primary key (person_id, position)
);

-- Unique across persons: the same (type, number, country) belongs to one person only.
create table identity_document (
    id               uuid primary key,
    person_id        uuid not null references person(id),
    position         int not null,
    type             text not null check (type in ('DUI','PASSPORT','US_A_NUMBER','OTHER')),
    number           text not null,   -- upper-case, trimmed
    issuing_country  char(2),
    description      text
);
create unique index identity_document_unique on identity_document (type, number, coalesce(issuing_country, ''));
create index identity_document_number on identity_document (number);
create index identity_document_person on identity_document (person_id);

create table commitment_order_document (
    sha256        text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    content       bytea not null,
    content_type  text not null,
    size          bigint not null,
    uploaded_at   timestamptz not null,
    uploaded_by   text not null
);

create table admission (
    id                        uuid primary key,
    person_id                 uuid not null references person(id),
    facility_code             text not null,
    admitted_at               timestamptz not null,
    arrested_at               timestamptz not null,
    arrest_place              text not null,
    visible_injuries          text not null,
    ill_treatment_complaints  text not null,
    property                  jsonb not null,
    family                    jsonb not null,
    emergency_name            text not null,
    emergency_relationship    text,
    emergency_phone           text not null,
    order_issuing_authority   text not null,
    order_court               text not null,
    order_case_number         text not null,
    order_legal_basis         text not null,
    order_issued_on           date not null,
    order_document_sha256     text not null check (order_document_sha256 ~ '^[0-9a-f]{64}$'),
    recorded_at               timestamptz not null,
    recorded_by               text not null,
    constraint arrest_before_admission check (arrested_at <= admitted_at)
);
create index admission_person on admission (person_id, admitted_at);

create table legal_status (
    id               uuid primary key,
    person_id        uuid not null references person(id),
    admission_id     uuid not null references admission(id),
    kind             text not null check (kind in ('UNTRIED','CONVICTED','HELD_FOR_ANOTHER_STATE',
                         'IMMIGRATION_DETENTION','ADMINISTRATIVE_STATE_OF_EXCEPTION')),
    decree_number    text,
    held_for_state   char(2),
    effective_at     timestamptz not null,
    basis            text not null,
    document_sha256  text check (document_sha256 ~ '^[0-9a-f]{64}$'),
    recorded_at      timestamptz not null,
    recorded_by      text not null,
    constraint held_for_needs_state check (kind <> 'HELD_FOR_ANOTHER_STATE' or held_for_state is not null),
    constraint exception_needs_decree check (kind <> 'ADMINISTRATIVE_STATE_OF_EXCEPTION' or decree_number is not null)
);
create index legal_status_person on legal_status (person_id, effective_at);

create table person_release (
    id            uuid primary key,
    person_id     uuid not null references person(id),
    admission_id  uuid not null unique references admission(id),
    legal_basis   text not null,
    authority     text not null,
    released_at   timestamptz not null,
    destination   text not null,
    recorded_at   timestamptz not null,
    recorded_by   text not null
);
create index person_release_person on person_release (person_id);

create table correction (
    id            uuid primary key,
    person_id     uuid not null references person(id),
    field         text not null,
    old_value     text,
    new_value     text,
    reason        text not null,
    corrected_at  timestamptz not null,
    corrected_by  text not null
);
create index correction_person on correction (person_id, corrected_at);

create table file_access (
    id         uuid primary key,
    person_id  uuid not null references person(id),
    reader     text not null,
    read_at    timestamptz not null,
    purpose    text not null
);
create index file_access_person on file_access (person_id, read_at desc);

-- Replies to requests sent with an Idempotency-Key, per user, for safe retries.
create table idempotent_request (
    username        text not null,
    idempotency_key text not null,
    request_sha256  text not null,
    status          int,
    response        text,
    created_at      timestamptz not null,
    primary key (username, idempotency_key)
);

create trigger person_no_delete before delete on person for each row execute function refuse_delete();
create trigger person_alias_no_delete before delete on person_alias for each row execute function refuse_delete();
create trigger identity_document_no_delete before delete on identity_document for each row execute function refuse_delete();
create trigger commitment_order_document_no_delete before delete on commitment_order_document for each row execute function refuse_delete();
create trigger admission_no_delete before delete on admission for each row execute function refuse_delete();
create trigger legal_status_no_delete before delete on legal_status for each row execute function refuse_delete();
create trigger person_release_no_delete before delete on person_release for each row execute function refuse_delete();
create trigger correction_no_delete before delete on correction for each row execute function refuse_delete();
create trigger file_access_no_delete before delete on file_access for each row execute function refuse_delete();
create trigger idempotent_request_no_delete before delete on idempotent_request for each row execute function refuse_delete();

create trigger admission_no_update before update on admission for each row execute function registry_refuse_update();
create trigger legal_status_no_update before update on legal_status for each row execute function registry_refuse_update();
create trigger person_release_no_update before update on person_release for each row execute function registry_refuse_update();
create trigger correction_no_update before update on correction for each row execute function registry_refuse_update();
create trigger file_access_no_update before update on file_access for each row execute function registry_refuse_update();
create trigger commitment_order_document_no_update before update on commitment_order_document for each row execute function registry_refuse_update();
