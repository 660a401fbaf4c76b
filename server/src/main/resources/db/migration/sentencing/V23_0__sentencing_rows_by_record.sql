-- The ledger commits to the rows each sentencing event names (docs/ledger-entry-format.md, "Covering a table"):
-- the revisions of one record (sentence, interval, credit, disallowance) and the day a credit holds. These indexes
-- let the commit read them by record id instead of scanning the table (the existing ones lead with person_id).
create index sentence_rev_sentence on sentence_rev (sentence_id);
create index custody_interval_rev_interval on custody_interval_rev (interval_id);
create index credit_rev_credit on credit_rev (credit_id);
create index disallowance_rev_disallowance on disallowance_rev (disallowance_id);
create index credit_day_credit on credit_day (credit_id);
