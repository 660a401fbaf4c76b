-- Every custody event, kept in the transaction that made it, for the transparency log to append.
create table event_outbox (
    seq           bigint generated always as identity primary key,
    event_id      uuid not null unique,
    event_type    text not null,
    subject_id    uuid,
    facility_code text,
    actor         text not null,
    occurred_at   timestamptz not null,
    payload       jsonb not null,
    appended_at   timestamptz
);

-- Custody records are never deleted: tables that hold them get this trigger.
create function refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception 'custody records are never deleted (table %)', tg_table_name
        using errcode = 'restrict_violation';
end $$;

create trigger event_outbox_no_delete before delete on event_outbox
    for each row execute function refuse_delete();
