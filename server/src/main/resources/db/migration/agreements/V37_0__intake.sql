-- Intake from a flight manifest (docs/agreements.md, "Intake"): one row per manifest checked against an agreement,
-- and one decision per person of it — accepted (with the person and admission the registry wrote) or refused with
-- the rule and reason that decided it. Append-only: a decision is never changed; committed by ManifestChecked.
create table intake_manifest (
    id                   uuid primary key,
    agreement_id         uuid not null references agreement (id),
    agreement_version_id uuid not null references agreement_version (id),
    rules_version        text not null,
    flight               text not null,
    facility_code        text not null,
    arrived_at           timestamptz not null,
    source               text not null check (source in ('CSV', 'JSON')),
    persons              int not null check (persons >= 1),
    accepted             int not null check (accepted >= 0),
    refused              int not null check (refused >= 0),
    places               int not null,
    held_before          int not null,
    submitted_by         text not null,
    submitted_at         timestamptz not null
);

create index intake_manifest_by_agreement on intake_manifest (agreement_id, submitted_at);

create table intake_decision (
    id                uuid primary key,
    manifest_id       uuid not null references intake_manifest (id),
    agreement_id      uuid not null references agreement (id),
    row_number        int not null check (row_number >= 1),
    given_names       text not null,
    first_surname     text not null,
    second_surname    text,
    sex               text not null,
    date_of_birth     date not null,
    nationality       char(2) not null,
    document_type     text not null,
    document_number   text not null,
    document_country  char(2),
    status            text not null,
    court             text,
    case_number       text,
    sentence          text,
    judgment_date     date,
    document_sha256   char(64),
    sentence_end      date,
    decision          text not null check (decision in ('ACCEPTED', 'REFUSED')),
    -- the rule and reason that decided a refusal (the first; every refusal is in refusals)
    rule              text,
    reason            text,
    detail            text,
    refusals          jsonb not null,
    person_id         uuid,
    admission_id      uuid,
    return_date       date,
    held_until        date,
    decided_by        text not null,
    decided_at        timestamptz not null,
    unique (manifest_id, row_number),
    constraint accepted_is_admitted check ((decision = 'ACCEPTED') = (person_id is not null and admission_id is not null)),
    constraint refused_has_reason check (decision = 'ACCEPTED' or (rule is not null and reason is not null))
);

create index intake_decision_by_agreement on intake_decision (agreement_id, decision);
create index intake_decision_by_manifest on intake_decision (manifest_id, row_number);

create trigger intake_manifest_no_delete before delete on intake_manifest for each row execute function refuse_delete();
create trigger intake_decision_no_delete before delete on intake_decision for each row execute function refuse_delete();
create trigger intake_manifest_no_update before update on intake_manifest for each row execute function agreements_refuse_update();
create trigger intake_decision_no_update before update on intake_decision for each row execute function agreements_refuse_update();
