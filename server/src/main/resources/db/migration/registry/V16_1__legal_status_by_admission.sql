-- PersonAdmitted names its legal status by admission (ledger content v2): the ledger reads those rows at commit,
-- per batch of admissions, by this index.
create index legal_status_admission on legal_status (admission_id);
