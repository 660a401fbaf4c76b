-- Custody agreements with other states (docs/agreements.md). An agreement is created once; every change is a
-- new version repeating all its terms (an amendment, with its reason and author). Nothing is updated or deleted.
create table agreement (
    id            uuid primary key,
    code          text not null unique,
    sending_state char(2) not null,
    created_by    text not null,
    created_at    timestamptz not null
);

create table agreement_version (
    id             uuid primary key,
    agreement_id   uuid not null references agreement (id),
    version        int not null check (version >= 1),
    reason         text,
    effective_from date not null,
    ends_on        date not null,
    places         int not null check (places > 0),
    -- the full terms as recorded (org.custos.agreements.rules.AgreementTerms)
    terms          jsonb not null,
    recorded_by    text not null,
    recorded_at    timestamptz not null,
    unique (agreement_id, version),
    constraint amendment_has_reason check (version = 1 or reason is not null)
);

-- the agreement's facilities per version, for the facility scope of readers
create table agreement_facility (
    version_id    uuid not null references agreement_version (id),
    facility_code text not null,
    primary key (version_id, facility_code)
);

create function agreements_refuse_update() returns trigger language plpgsql as $$
begin
    raise exception 'agreement records are never changed in place (table %): record an amendment', tg_table_name
        using errcode = 'restrict_violation';
end $$;

create trigger agreement_no_delete before delete on agreement for each row execute function refuse_delete();
create trigger agreement_version_no_delete before delete on agreement_version for each row execute function refuse_delete();
create trigger agreement_facility_no_delete before delete on agreement_facility for each row execute function refuse_delete();
create trigger agreement_no_update before update on agreement for each row execute function agreements_refuse_update();
create trigger agreement_version_no_update before update on agreement_version for each row execute function agreements_refuse_update();
create trigger agreement_facility_no_update before update on agreement_facility for each row execute function agreements_refuse_update();
