-- Record commitment (docs/ledger-entry-format.md, content v2): the rows each custody event named, as they stood
-- when its transaction committed, keyed by table and primary key. The event's entry commits to them; the record
-- audit compares each covered table with the latest row here (highest id) for each key.
create table ledger_row (
    id         bigint generated always as identity primary key,
    event_id   uuid not null references event_outbox (event_id),
    table_name text not null,
    row_key    text not null,
    fields     jsonb not null
);
create index ledger_row_event on ledger_row (event_id);
create index ledger_row_latest on ledger_row (table_name, row_key, id desc);
create trigger ledger_row_no_delete before delete on ledger_row
    for each row execute function refuse_delete();

-- Tables whose existing rows were committed once by a RecordsBaselined entry (the upgrade to content v2).
create table ledger_baseline (
    table_name   text primary key,
    baselined_at timestamptz not null
);
