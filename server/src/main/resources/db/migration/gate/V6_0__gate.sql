-- Gate: every entry and exit of a person who is not a prisoner. Append-only: an exit is its own row,
-- a correction is its own row; nothing is updated or deleted.
create function gate_refuse_update() returns trigger language plpgsql as $$
begin
    raise exception 'gate records are append-only (table %)', tg_table_name
        using errcode = 'restrict_violation';
end $$;

create table gate_entry (
    id              uuid primary key,
    facility_code   text not null references facility(code),
    gate            text not null,
    kind            text not null,
    given_names     text not null,
    first_surname   text not null,
    second_surname  text,
    doc_type        text not null,
    doc_number      text not null,
    doc_country     char(2) not null,
    organisation    text,
    purpose         text not null,
    visited_person  uuid,
    visited_booking text,
    visited_name    text,
    area            text,
    authorized_by   text not null,
    visit_id        uuid,
    entered_at      timestamptz not null,
    event_id        uuid not null unique,
    recorded_at     timestamptz not null,
    recorded_by     text not null,
    check (visited_person is not null or area is not null)
);
create index gate_entry_day on gate_entry (facility_code, entered_at);
create index gate_entry_doc on gate_entry (doc_type, doc_number, doc_country);

create table gate_exit (
    entry_id    uuid primary key references gate_entry(id),
    exited_at   timestamptz not null,
    note        text,
    event_id    uuid not null unique,
    recorded_at timestamptz not null,
    recorded_by text not null
);
create index gate_exit_day on gate_exit (exited_at);

create table gate_correction (
    id          uuid primary key,
    entry_id    uuid not null references gate_entry(id),
    field       text not null,
    new_value   text not null,
    reason      text not null,
    event_id    uuid not null unique,
    recorded_at timestamptz not null,
    recorded_by text not null
);
create index gate_correction_entry on gate_correction (entry_id, recorded_at);

create table scheduled_visit (
    id              uuid primary key,
    facility_code   text not null references facility(code),
    kind            text not null,
    given_names     text not null,
    first_surname   text not null,
    second_surname  text,
    doc_type        text not null,
    doc_number      text not null,
    doc_country     char(2) not null,
    organisation    text,
    purpose         text not null,
    visited_person  uuid,
    visited_booking text,
    visited_name    text,
    area            text,
    scheduled_at    timestamptz not null,
    booked_at       timestamptz not null,
    booked_by       text not null,
    check (visited_person is not null or area is not null)
);
create index scheduled_visit_day on scheduled_visit (facility_code, scheduled_at);

create table visit_approval (
    visit_id    uuid primary key references scheduled_visit(id),
    note        text,
    approved_at timestamptz not null,
    approved_by text not null
);

create table visit_outcome (
    visit_id    uuid primary key references scheduled_visit(id),
    outcome     text not null,
    note        text,
    entry_id    uuid references gate_entry(id),
    recorded_at timestamptz not null,
    recorded_by text not null
);

create table surveillance_outage (
    id             uuid primary key,
    facility_code  text not null references facility(code),
    area           text,
    device         text not null,
    reason         text not null,
    offline_since  timestamptz not null,
    recorded_at    timestamptz not null,
    recorded_by    text not null
);
create index surveillance_outage_facility on surveillance_outage (facility_code, offline_since);

create table surveillance_restore (
    outage_id    uuid primary key references surveillance_outage(id),
    online_since timestamptz not null,
    note         text,
    recorded_at  timestamptz not null,
    recorded_by  text not null
);

do $$
declare t text;
begin
    foreach t in array array['gate_entry','gate_exit','gate_correction','scheduled_visit','visit_approval',
                             'visit_outcome','surveillance_outage','surveillance_restore'] loop
        execute format('create trigger %I before delete on %I for each row execute function refuse_delete()',
                       t || '_no_delete', t);
        execute format('create trigger %I before update on %I for each row execute function gate_refuse_update()',
                       t || '_no_update', t);
    end loop;
end $$;
