-- A person has at most one pending transfer (authorized or in transit, not yet arrived).
create unique index transfer_one_pending on transfer (person_id) where arrived_at is null;
