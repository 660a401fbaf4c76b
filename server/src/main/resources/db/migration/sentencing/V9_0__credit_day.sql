-- One credit per person, date and kind: the day is held by the first credit recorded for it
-- (CreditDays checks the records first; this key turns a concurrent duplicate into a 409, not a second credit).
create table credit_day (
    person_id     uuid not null,
    kind          text not null,
    activity_date date not null,
    credit_id     uuid not null,
    primary key (person_id, kind, activity_date)
);
insert into credit_day(person_id, kind, activity_date, credit_id)
select distinct on (person_id, kind, activity_date) person_id, kind, activity_date, credit_id
from credit_rev order by person_id, kind, activity_date, rev;
create trigger credit_day_no_delete before delete on credit_day for each row execute function refuse_delete();
