-- Housing takes sex, date of birth and nationality from the registry's PersonAdmitted event (and
-- corrections from RecordCorrected); nationality is kept for the reports by nationality.
alter table housing_person add column nationality text;

-- Every change of a person's classification group (used by the configurable separation rule):
-- from what, to what, why, who and when. The current group stays on housing_person.
create table classification_change (
    id            uuid primary key,
    person_id     uuid not null,
    facility_code text not null,
    old_group     text,
    new_group     text,
    reason        text not null,
    changed_at    timestamptz not null,
    changed_by    text not null
);
create index classification_change_person on classification_change (person_id, changed_at);

create trigger classification_change_no_delete before delete on classification_change
    for each row execute function refuse_delete();

-- The national dashboard counts persons held and not yet in a cell per facility: an index on just
-- those rows instead of a scan of every person (about 40 ms at 110,000 persons under load).
create index housing_person_unplaced on housing_person (facility_code) where held and cell_id is null;
