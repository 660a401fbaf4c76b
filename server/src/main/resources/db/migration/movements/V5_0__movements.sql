-- Transfers between facilities and escorts out and back, with authorization and times.
create table transfer (
    id                 uuid primary key,
    person_id          uuid not null,
    from_facility      text not null,
    to_facility        text not null references facility(code),
    reason             text not null,
    authorized_by      text not null,
    family_notified_at timestamptz not null,
    family_notified    text not null,
    family_means       text not null,
    departed_at        timestamptz,
    arrived_at         timestamptz,
    recorded_at        timestamptz not null,
    recorded_by        text not null
);
create index transfer_person on transfer (person_id, recorded_at);

create table escort (
    id            uuid primary key,
    person_id     uuid not null,
    facility_code text not null,
    purpose       text not null,
    destination   text not null,
    authorized_by text not null,
    escort_staff  text not null,
    departed_at   timestamptz not null,
    returned_at   timestamptz,
    recorded_by   text not null,
    returned_by   text
);
create index escort_person on escort (person_id, departed_at);
create index escort_out on escort (facility_code) where returned_at is null;

create trigger transfer_no_delete before delete on transfer for each row execute function refuse_delete();
create trigger escort_no_delete before delete on escort for each row execute function refuse_delete();
