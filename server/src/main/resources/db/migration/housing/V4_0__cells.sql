-- Housing: units and cells of each facility, with measured floor area and fittings. A cell keeps its
-- current population as a counter, updated in the same transaction as every placement, so that
-- capacity dashboards aggregate cells rather than placements.
create table housing_unit (
    id            uuid primary key,
    facility_code text not null references facility(code),
    code          text not null,
    name          text not null,
    created_at    timestamptz not null,
    created_by    text not null,
    constraint housing_unit_code unique (facility_code, code)
);

create table cell (
    id                uuid primary key,
    unit_id           uuid not null references housing_unit(id),
    facility_code     text not null references facility(code),
    code              text not null,
    floor_area        numeric(9,2) not null check (floor_area > 0),
    bunks             integer not null check (bunks >= 0),
    toilets           integer not null check (toilets >= 0),
    showers           integer not null check (showers >= 0),
    in_service        boolean not null,
    declared_capacity integer not null check (declared_capacity >= 0),
    population        integer not null default 0 check (population >= 0),
    created_at        timestamptz not null,
    created_by        text not null,
    constraint cell_code unique (unit_id, code)
);
create index cell_facility on cell (facility_code, unit_id);

-- Every change of a cell's capacity figures, with who, when and why (the first version is the creation).
create table capacity_version (
    id                uuid primary key,
    cell_id           uuid not null references cell(id),
    version           integer not null,
    floor_area        numeric(9,2) not null,
    bunks             integer not null,
    toilets           integer not null,
    showers           integer not null,
    in_service        boolean not null,
    declared_capacity integer not null,
    reason            text not null,
    changed_at        timestamptz not null,
    changed_by        text not null,
    constraint capacity_version_unique unique (cell_id, version)
);

create trigger housing_unit_no_delete before delete on housing_unit for each row execute function refuse_delete();
create trigger cell_no_delete before delete on cell for each row execute function refuse_delete();
create trigger capacity_version_no_delete before delete on capacity_version for each row execute function refuse_delete();
