-- Where a person is held, as it changed after admission (a transfer's arrival): appended, never edited.
-- person.facility_code is the latest row's to_facility (or the admission's facility when there is none).
create table person_facility_change (
    id            uuid primary key,
    person_id     uuid not null references person(id),
    from_facility text not null,
    to_facility   text not null,
    changed_at    timestamptz not null,
    cause         text not null,          -- the event type, e.g. PersonTransferred
    event_id      uuid not null unique,   -- the custody event (and ledger entry) that records it
    recorded_at   timestamptz not null,
    recorded_by   text not null
);
create index person_facility_change_person on person_facility_change (person_id, changed_at);
create trigger person_facility_change_no_delete before delete on person_facility_change
    for each row execute function refuse_delete();
