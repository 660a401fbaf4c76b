-- Whether the demo dataset was loaded (one row at most).
create table demo_dataset (
    id            boolean primary key default true check (id),
    started_at    timestamptz not null,
    completed_at  timestamptz,
    persons       integer
);
