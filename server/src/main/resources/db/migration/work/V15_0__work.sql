-- Zero Leisure (Plan Cero Ocio): programmes, eligibility facts, allocations, attendance, derived credits.
-- Nothing here is ever deleted; corrections and status changes are new rows.

-- Who is held where and on what legal basis, as the registry's (and movements') events tell it.
create table work_person (
    person_id      uuid primary key,
    booking_number text,
    facility_code  text,
    legal_status   text,
    held           boolean not null default true,
    convicted_on   date,
    updated_at     timestamptz not null
);

-- Eligibility facts recorded by the work module (each change a new revision).
create table work_profile_rev (
    id             uuid primary key,
    person_id      uuid not null,
    medical_fit    boolean,
    medical_note   text,
    consent        boolean not null default false,
    security_level text,
    regime_phase   text,
    gang_member    boolean not null default false,
    recorded_by    text not null,
    recorded_at    timestamptz not null
);
create index work_profile_rev_person on work_profile_rev(person_id, recorded_at desc);

create table work_programme (
    id             uuid primary key,
    code           text not null unique,
    name           text not null,
    kind           text not null,
    facility_code  text not null,
    outside        boolean not null,
    partner        text,
    capacity       integer not null,
    session_kind   text not null,
    session_hours  numeric(4,2) not null,
    min_hours      numeric(4,2) not null,
    rest_day       integer,
    supervisor     text,
    paid           boolean not null,
    pay_rate       numeric(10,2),
    pay_band       text,
    redencion_rule text not null,
    no_gang_rule   boolean not null,
    max_security   text not null,
    created_by     text not null,
    created_at     timestamptz not null
);

create table work_allocation (
    id            uuid primary key,
    person_id     uuid not null,
    programme_id  uuid not null references work_programme(id),
    facility_code text not null,
    status        text not null,
    credit_basis  text not null,
    policy        text not null,
    created_by    text not null,
    created_at    timestamptz not null
);
create index work_allocation_person on work_allocation(person_id);
create index work_allocation_programme on work_allocation(programme_id, status);
-- one live allocation of a person to a programme
create unique index work_allocation_live on work_allocation(person_id, programme_id)
    where status in ('PENDING', 'ACTIVE', 'SUSPENDED', 'SUSPENDED_WITH_PAY');

create table work_allocation_status (
    id            uuid primary key,
    allocation_id uuid not null references work_allocation(id),
    status        text not null,
    reason        text,
    changed_by    text not null,
    changed_at    timestamptz not null
);
create index work_allocation_status_allocation on work_allocation_status(allocation_id, changed_at);

-- The current version of each attendance record; every version (the first included) is in work_attendance_rev.
create table work_attendance (
    id            uuid primary key,
    allocation_id uuid not null references work_allocation(id),
    person_id     uuid not null,
    programme_id  uuid not null,
    session_date  date not null,
    outcome       text not null,
    hours         numeric(4,2) not null,
    revision      integer not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    constraint work_attendance_one_per_session unique (allocation_id, session_date)
);
create index work_attendance_programme on work_attendance(programme_id, session_date);
create index work_attendance_person on work_attendance(person_id, session_date);

create table work_attendance_rev (
    record_id     uuid not null references work_attendance(id),
    revision      integer not null,
    outcome       text not null,
    hours         numeric(4,2) not null,
    reason        text,
    second_person text,
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    primary key (record_id, revision)
);

-- A day of "labor efectiva" derived from attendance, naming the records it comes from.
create table work_credit (
    id             uuid primary key,
    person_id      uuid not null,
    programme_id   uuid not null references work_programme(id),
    allocation_id  uuid not null references work_allocation(id),
    credit_day     date not null,
    hours          numeric(4,2) not null,
    kind           text not null,
    basis          text not null,
    status         text not null,
    attendance_ids uuid[] not null,
    derived_by     text not null,
    derived_at     timestamptz not null,
    decision_id    uuid,
    sentencing_credit_id uuid,
    status_reason  text,
    updated_at     timestamptz not null
);
create unique index work_credit_one_per_day on work_credit(allocation_id, credit_day) where status <> 'REVERSED';
create index work_credit_person on work_credit(person_id, status);

create table work_certification (
    id              uuid primary key,
    person_id       uuid not null,
    month           text not null,
    decision        text not null,
    reason          text,
    constancia      text,
    document_sha256 text,
    days            integer not null,
    recorded_by     text not null,
    recorded_at     timestamptz not null
);
create index work_certification_person on work_certification(person_id);

create trigger work_person_no_delete before delete on work_person for each row execute function refuse_delete();
create trigger work_profile_rev_no_delete before delete on work_profile_rev for each row execute function refuse_delete();
create trigger work_programme_no_delete before delete on work_programme for each row execute function refuse_delete();
create trigger work_allocation_no_delete before delete on work_allocation for each row execute function refuse_delete();
create trigger work_allocation_status_no_delete before delete on work_allocation_status for each row execute function refuse_delete();
create trigger work_attendance_no_delete before delete on work_attendance for each row execute function refuse_delete();
create trigger work_attendance_rev_no_delete before delete on work_attendance_rev for each row execute function refuse_delete();
create trigger work_credit_no_delete before delete on work_credit for each row execute function refuse_delete();
create trigger work_certification_no_delete before delete on work_certification for each row execute function refuse_delete();
