-- What housing knows of each admitted person, kept from the registry's events in the same
-- transaction (PersonAdmitted, LegalStatusChanged, PersonReleased). Sex and date of birth are not in
-- the events; they are read once from the registry's published search when first needed.
create table housing_person (
    person_id      uuid primary key,
    booking_number text not null,
    facility_code  text not null,
    legal_status   text not null,
    sex            text,
    date_of_birth  date,
    held           boolean not null,
    classification text,
    cell_id        uuid references cell(id),
    out_since      timestamptz,
    out_reason     text,
    updated_at     timestamptz not null
);
create index housing_person_cell on housing_person (cell_id) where cell_id is not null;
create index housing_person_facility on housing_person (facility_code) where held;
create index housing_person_booking on housing_person (booking_number);

-- Placements: who was in which cell, from when to when, placed by whom. Ending one is the only update.
create table placement (
    id            uuid primary key,
    person_id     uuid not null,
    cell_id       uuid not null references cell(id),
    facility_code text not null,
    started_at    timestamptz not null,
    placed_by     text not null,
    reason        text,
    ended_at      timestamptz,
    ended_by      text
);
create index placement_person on placement (person_id, started_at);
create index placement_cell_current on placement (cell_id) where ended_at is null;

-- A warden's override of a configurable separation rule, with the written reason.
create table separation_override (
    id            uuid primary key,
    placement_id  uuid not null references placement(id),
    person_id     uuid not null,
    cell_id       uuid not null references cell(id),
    facility_code text not null,
    rule          text not null,
    reason        text not null,
    overridden_at timestamptz not null,
    overridden_by text not null
);
create index separation_override_facility on separation_override (facility_code, overridden_at desc);

-- A placement beyond the cell's bunks or standards capacity: allowed only with a reason, recorded here.
create table capacity_violation (
    id               uuid primary key,
    placement_id     uuid not null references placement(id),
    cell_id          uuid not null references cell(id),
    facility_code    text not null,
    population_after integer not null,
    bunks            integer not null,
    standards        integer not null,
    kind             text not null,
    reason           text not null,
    recorded_at      timestamptz not null,
    recorded_by      text not null
);
create index capacity_violation_facility on capacity_violation (facility_code, recorded_at desc);

-- A headcount of a unit: counted, what the placements say, persons out on movement, the difference.
create table headcount (
    id             uuid primary key,
    unit_id        uuid not null references housing_unit(id),
    facility_code  text not null,
    counted_at     timestamptz not null,
    counted        integer not null check (counted >= 0),
    placed         integer not null,
    out_on_movement integer not null,
    discrepancy    integer not null,
    note           text,
    counted_by     text not null
);
create index headcount_facility on headcount (facility_code, counted_at desc);
create index headcount_discrepancy on headcount (counted_at desc) where discrepancy <> 0;

create trigger housing_person_no_delete before delete on housing_person for each row execute function refuse_delete();
create trigger placement_no_delete before delete on placement for each row execute function refuse_delete();
create trigger separation_override_no_delete before delete on separation_override for each row execute function refuse_delete();
create trigger capacity_violation_no_delete before delete on capacity_violation for each row execute function refuse_delete();
create trigger headcount_no_delete before delete on headcount for each row execute function refuse_delete();
