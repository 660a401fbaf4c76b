-- The tamper-evident ledger (docs/ledger-entry-format.md). One entry per custody record in event_outbox,
-- written in the transaction that wrote the record; the sequencer gives it a leaf index after commit.
create table ledger_entry (
    event_id     uuid primary key references event_outbox (event_id),
    pending_seq  bigint generated always as identity unique,
    salt         bytea not null check (length(salt) = 32),
    entry        bytea not null check (length(entry) between 1 and 65535),
    leaf_index   bigint unique check (leaf_index >= 0),
    created_at   timestamptz not null default now()
);
create index ledger_entry_pending on ledger_entry (pending_seq) where leaf_index is null;

-- RFC 6962 stored hashes by storage index (golang.org/x/mod/sumdb/tlog numbering): leaves and full subtrees.
create table ledger_hash (
    storage_index bigint primary key,
    hash          bytea not null check (length(hash) = 32)
);

-- The current tree, written only by the sequencer (one row).
create table ledger_tree (
    id         boolean primary key default true check (id),
    size       bigint not null,
    root       bytea not null,
    updated_at timestamptz not null
);
insert into ledger_tree (id, size, root, updated_at) values (true, 0, sha256(''::bytea), now());

-- Every checkpoint the log signed, and the witnesses' cosignatures of it.
create table ledger_checkpoint (
    tree_size bigint primary key,
    root      bytea not null,
    note      text not null,
    signed_at timestamptz not null
);
create table ledger_cosignature (
    tree_size   bigint not null references ledger_checkpoint (tree_size),
    witness     text not null,
    line        text not null,
    received_at timestamptz not null,
    primary key (tree_size, witness)
);
-- The latest size each witness cosigned (it is what the next add-checkpoint must name as "old").
create table ledger_witness (
    name       text primary key,
    tree_size  bigint not null,
    updated_at timestamptz not null
);

-- Results of the self-check.
create table ledger_audit (
    id          bigint generated always as identity primary key,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    tree_size   bigint not null,
    entries     bigint not null,
    ok          boolean not null,
    findings    jsonb not null
);

create trigger ledger_entry_no_delete before delete on ledger_entry
    for each row execute function refuse_delete();
create trigger ledger_hash_no_delete before delete on ledger_hash
    for each row execute function refuse_delete();
create trigger ledger_checkpoint_no_delete before delete on ledger_checkpoint
    for each row execute function refuse_delete();
create trigger ledger_cosignature_no_delete before delete on ledger_cosignature
    for each row execute function refuse_delete();

-- No record commits without its ledger entry: checked at commit, when the entry has been written.
create function require_ledger_entry() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from ledger_entry where event_id = new.event_id) then
        raise exception 'custody record % has no ledger entry', new.event_id
            using errcode = 'integrity_constraint_violation';
    end if;
    return null;
end $$;

create constraint trigger event_outbox_has_ledger_entry after insert on event_outbox
    deferrable initially deferred
    for each row execute function require_ledger_entry();
