-- Facilities: the places where people are held. Units, cells and capacities come with their own issue.
create table facility (
    code        text primary key,
    name        text not null,
    type        text not null,
    department  text not null,
    created_at  timestamptz not null,
    created_by  text not null,
    constraint facility_code_shape check (code ~ '^[A-Z0-9-]{2,24}$'),
    constraint facility_type check (type in ('MAXIMUM_SECURITY','PENITENTIARY','DETENTION_CENTRE',
        'PENAL_FARM','WOMENS_CENTRE','JUVENILE_CENTRE','IMMIGRATION_CENTRE'))
);
create trigger facility_no_delete before delete on facility for each row execute function refuse_delete();
