-- A pending transfer (authorized, not departed) can be cancelled: who, when and why, appended here; the
-- transfer row only gets its cancellation time, so that the one-pending-transfer rule no longer counts it.
alter table transfer add column cancelled_at timestamptz;

create table transfer_cancellation (
    id            uuid primary key,
    transfer_id   uuid not null unique references transfer(id),
    reason        text not null,
    cancelled_at  timestamptz not null,
    cancelled_by  text not null
);
create trigger transfer_cancellation_no_delete before delete on transfer_cancellation
    for each row execute function refuse_delete();

drop index transfer_one_pending;
create unique index transfer_one_pending on transfer (person_id) where arrived_at is null and cancelled_at is null;
