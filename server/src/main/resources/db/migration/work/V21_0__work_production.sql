-- Production of the workshops: targets (orders) with their history, and output and rejects per session or team.
-- Nothing here is ever deleted or changed: a new target is a new row from its first day.

create table work_production_target (
    id            uuid primary key,
    programme_id  uuid not null references work_programme(id),
    product       text not null,
    unit          text not null,
    per           text not null,          -- MONTH (e.g. 150,000 pairs a month) or SESSION (garments per shift)
    quantity      integer not null,
    valid_from    date not null,
    order_ref     text,
    created_by    text not null,
    created_at    timestamptz not null
);
create index work_production_target_programme on work_production_target(programme_id, valid_from desc, created_at desc);

create table work_production (
    id            uuid primary key,
    programme_id  uuid not null references work_programme(id),
    session_date  date not null,
    team          text not null default '',
    quantity      integer not null,       -- units made, rejects included
    rejects       integer not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    constraint work_production_one_per_team unique (programme_id, session_date, team),
    constraint work_production_rejects check (rejects >= 0 and rejects <= quantity)
);

create trigger work_production_target_no_delete before delete on work_production_target for each row execute function refuse_delete();
create trigger work_production_no_delete before delete on work_production for each row execute function refuse_delete();
create function work_refuse_update() returns trigger language plpgsql as $$
begin
    raise exception 'work records are appended, never changed (table %)', tg_table_name using errcode = 'restrict_violation';
end $$;
create trigger work_production_target_no_update before update on work_production_target for each row execute function work_refuse_update();
create trigger work_production_no_update before update on work_production for each row execute function work_refuse_update();
