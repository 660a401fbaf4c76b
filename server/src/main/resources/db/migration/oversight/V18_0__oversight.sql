-- Oversight: what monitors measure against the Mandela Rules (docs/oversight.md). Every record table is
-- append-only: corrections are new rows naming what they correct, with reason and author.
create function oversight_refuse_update() returns trigger language plpgsql as $$
begin
    raise exception 'oversight records are never changed in place (table %)', tg_table_name
        using errcode = 'restrict_violation';
end $$;

-- The persons oversight follows (its own projection of the registry's and movements' events).
create table oversight_person (
    person_id      uuid primary key,
    booking_number text not null,
    facility_code  text not null,
    admitted_at    timestamptz not null,
    held           boolean not null
);
create index oversight_person_facility on oversight_person (facility_code) where held;

-- A unit's regime for a day, once for all its people; revision > 1 corrects the previous one (reason required).
create table oversight_regime_day (
    id                  uuid primary key,
    unit_id             uuid not null,
    unit_code           text not null,
    facility_code       text not null,
    day                 date not null,
    revision            integer not null,
    persons             integer not null check (persons >= 0),
    minutes_out_of_cell integer not null check (minutes_out_of_cell between 0 and 1440),
    outdoor_minutes     integer not null check (outdoor_minutes between 0 and 1440),
    meaningful_contact  boolean not null,
    corrects            uuid references oversight_regime_day(id),
    reason              text,
    recorded_by         text not null,
    recorded_at         timestamptz not null,
    constraint oversight_regime_day_revision unique (unit_id, day, revision),
    check (outdoor_minutes <= minutes_out_of_cell)
);
create index oversight_regime_day_facility on oversight_regime_day (facility_code, day);

-- A person's exception to the unit's regime of that day (of that revision).
create table oversight_regime_exception (
    id                  uuid primary key,
    regime_id           uuid not null references oversight_regime_day(id),
    person_id           uuid not null,
    minutes_out_of_cell integer not null check (minutes_out_of_cell between 0 and 1440),
    outdoor_minutes     integer not null check (outdoor_minutes between 0 and 1440),
    meaningful_contact  boolean not null,
    note                text,
    constraint oversight_regime_exception_person unique (regime_id, person_id)
);

-- Temperature and humidity readings of a cell, typed in or imported from sensors.
create table oversight_reading (
    id            uuid primary key,
    cell_id       uuid not null,
    cell_code     text not null,
    facility_code text not null,
    measured_at   timestamptz not null,
    celsius       numeric(4,1) not null check (celsius between -30 and 60),
    humidity      numeric(4,1) check (humidity between 0 and 100),
    source        text not null check (source in ('MANUAL', 'SENSOR')),
    import_id     uuid,
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create index oversight_reading_facility on oversight_reading (facility_code, measured_at);

-- Segregation or solitary confinement: authorization, ground, start and a planned end (never open-ended).
create table oversight_segregation (
    id            uuid primary key,
    person_id     uuid not null,
    facility_code text not null,
    kind          text not null check (kind in ('SOLITARY', 'SEGREGATION')),
    ground        text not null,
    authorized_by text not null,
    started_at    timestamptz not null,
    planned_end   timestamptz not null check (planned_end > started_at),
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
-- The daily visit of health-care staff (Mandela 46), a review, or the end.
create table oversight_segregation_event (
    id             uuid primary key,
    segregation_id uuid not null references oversight_segregation(id),
    kind           text not null check (kind in ('HEALTH_VISIT', 'REVIEW', 'END')),
    at             timestamptz not null,
    by_whom        text not null,
    note           text,
    recorded_by    text not null,
    recorded_at    timestamptz not null
);
create unique index oversight_segregation_one_end on oversight_segregation_event (segregation_id) where kind = 'END';

create table oversight_restraint (
    id            uuid primary key,
    person_id     uuid not null,
    facility_code text not null,
    ground        text not null,
    type          text not null,
    started_at    timestamptz not null,
    ended_at      timestamptz check (ended_at > started_at),
    authorized_by text not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create table oversight_restraint_end (
    id          uuid primary key,
    restraint_id uuid not null unique references oversight_restraint(id),
    ended_at    timestamptz not null,
    recorded_by text not null,
    recorded_at timestamptz not null
);

-- A disciplinary case as decided: offence from the code, notice, hearing, defence, decision, sanction.
create table oversight_discipline (
    id            uuid primary key,
    person_id     uuid not null,
    facility_code text not null,
    offence_code  text not null,
    notice_at     timestamptz not null,
    hearing_at    timestamptz not null check (hearing_at >= notice_at),
    defence       text not null,
    decision      text not null,
    sanction_code text not null,
    sanction_days integer check (sanction_days between 1 and 15),
    decided_by    text not null,
    recorded_at   timestamptz not null
);

-- Requests and complaints; a confidential one is readable only by monitors, never by the facility's staff.
create table oversight_complaint (
    id            uuid primary key,
    person_id     uuid not null,
    facility_code text not null,
    kind          text not null check (kind in ('REQUEST', 'COMPLAINT')),
    subject       text not null,
    confidential  boolean not null,
    lodged_at     timestamptz not null,
    deadline      date not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create table oversight_complaint_answer (
    id           uuid primary key,
    complaint_id uuid not null unique references oversight_complaint(id),
    answer       text not null,
    answered_at  timestamptz not null,
    answered_by  text not null
);

-- Allegations of torture or ill-treatment, referred at once (in the same transaction) to the external body.
create table oversight_allegation (
    id            uuid primary key,
    person_id     uuid not null,
    facility_code text not null,
    received_at   timestamptz not null,
    account       text not null,
    referred_to   text not null,
    referred_at   timestamptz not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null
);

-- The medical examination on admission (Mandela 30, 34): statement, findings, consistency, injuries.
create table oversight_medical_exam (
    id            uuid primary key,
    person_id     uuid not null,
    facility_code text not null,
    examined_at   timestamptz not null,
    examined_by   text not null,
    statement     text not null,
    findings      text not null,
    consistent    boolean not null,
    injuries      text,
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create index oversight_medical_exam_person on oversight_medical_exam (person_id);

-- Deaths in custody, with next of kin and the independent authority informed (Mandela 69, 71).
create table oversight_death (
    id                    uuid primary key,
    person_id             uuid not null unique,
    facility_code         text not null,
    died_at               timestamptz not null,
    place                 text not null,
    circumstances         text not null,
    kin_informed_at       timestamptz not null,
    kin_informed_by       text not null,
    authority             text not null,
    authority_informed_at timestamptz not null,
    recorded_by           text not null,
    recorded_at           timestamptz not null
);

-- Visits of monitors (inspections): who, when, which places, findings.
create table oversight_visit (
    id            uuid primary key,
    facility_code text not null,
    visited_on    date not null,
    monitor       text not null,
    body          text not null,
    places        text not null,
    findings      text not null,
    recorded_at   timestamptz not null
);

do $$
declare t text;
begin
    foreach t in array array['oversight_regime_day', 'oversight_regime_exception', 'oversight_reading',
        'oversight_segregation', 'oversight_segregation_event', 'oversight_restraint', 'oversight_restraint_end',
        'oversight_discipline', 'oversight_complaint', 'oversight_complaint_answer', 'oversight_allegation',
        'oversight_medical_exam', 'oversight_death', 'oversight_visit'] loop
        execute format('create trigger %I before delete on %I for each row execute function refuse_delete()',
            t || '_no_delete', t);
        execute format('create trigger %I before update on %I for each row execute function oversight_refuse_update()',
            t || '_no_update', t);
    end loop;
end $$;
