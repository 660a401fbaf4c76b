-- Client addresses that have signed in successfully to an account: their right password passes the
-- account's back-off for unknown clients (docs/security.md, Sign-in).
create table sign_in_known_client (
    username        text not null,
    client_address  text not null,
    first_seen      timestamptz not null,
    last_seen       timestamptz not null,
    primary key (username, client_address)
);

-- Every back-off imposed on a sign-in or a current-password check, for the administrator
-- (GET /api/v1/security/lockouts). Kept: a record of attacks is not deleted.
create table sign_in_lockout (
    id                bigint generated always as identity primary key,
    occurred_at       timestamptz not null,
    scope             text not null,
    username          text,
    client_address    text,
    failures          integer not null,
    back_off_seconds  integer not null,
    locked_until      timestamptz not null
);
create index sign_in_lockout_recent on sign_in_lockout (occurred_at desc);
create index sign_in_lockout_username on sign_in_lockout (username, occurred_at desc);

create trigger sign_in_lockout_no_delete before delete on sign_in_lockout
    for each row execute function refuse_delete();
