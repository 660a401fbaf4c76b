-- Pay (Ley Penitenciaria art. 109; Mandela Rule 103): rates with their history (per programme, session and the
-- programme's pay band), bonuses, and each month's
-- earnings credited to the person's account with every deduction. Appended only, never changed.


create table work_pay_rate (
    id            uuid primary key,
    programme_id  uuid not null references work_programme(id),
    pay_band      text,                   -- null: every band
    per_session   numeric(10,2),
    piece_rate    numeric(10,4),          -- per good unit of the session, shared by those who attended it
    valid_from    date not null,
    reason        text,
    created_by    text not null,
    created_at    timestamptz not null
);
create index work_pay_rate_programme on work_pay_rate(programme_id, valid_from);

create table work_pay_bonus (
    id            uuid primary key,
    person_id     uuid not null,
    programme_id  uuid not null references work_programme(id),
    month         text not null,
    amount        numeric(10,2) not null,
    reason        text not null,
    created_by    text not null,
    created_at    timestamptz not null
);
create index work_pay_bonus_person on work_pay_bonus(programme_id, month, person_id);

-- One month's earnings of one allocation, as credited: the figures, the deductions, the net.
create table work_pay_statement (
    id            uuid primary key,
    person_id     uuid not null,
    programme_id  uuid not null references work_programme(id),
    allocation_id uuid not null references work_allocation(id),
    month         text not null,
    pay_band      text,
    sessions      integer not null,
    hours         numeric(8,2) not null,
    base          numeric(12,2) not null,
    pieces        numeric(12,2) not null,
    bonuses       numeric(12,2) not null,
    gross         numeric(12,2) not null,
    deductions    numeric(12,2) not null,
    net           numeric(12,2) not null,
    computed_by   text not null,
    computed_at   timestamptz not null,
    constraint work_pay_statement_once unique (allocation_id, month)
);
create index work_pay_statement_person on work_pay_statement(person_id, month);

-- The person's account: the net credited, and each deduction credited to where it goes (savings handed over at
-- release, family, ...), one entry each.
create table work_account_entry (
    id            uuid primary key,
    person_id     uuid not null,
    statement_id  uuid not null references work_pay_statement(id),
    kind          text not null,          -- NET or the deduction's code
    amount        numeric(12,2) not null,
    entry_date    date not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create index work_account_entry_person on work_account_entry(person_id, entry_date);

create trigger work_pay_rate_no_delete before delete on work_pay_rate for each row execute function refuse_delete();
create trigger work_pay_bonus_no_delete before delete on work_pay_bonus for each row execute function refuse_delete();
create trigger work_pay_statement_no_delete before delete on work_pay_statement for each row execute function refuse_delete();
create trigger work_account_entry_no_delete before delete on work_account_entry for each row execute function refuse_delete();
create trigger work_pay_rate_no_update before update on work_pay_rate for each row execute function work_refuse_update();
create trigger work_pay_statement_no_update before update on work_pay_statement for each row execute function work_refuse_update();
create trigger work_account_entry_no_update before update on work_account_entry for each row execute function work_refuse_update();
