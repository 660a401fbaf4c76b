-- Identity: every change an administrator makes to an account, appended, never updated: who changed which
-- account, when, and what (created, disabled, enabled, password-reset, scope-changed with the new scope).
-- app_user keeps only the current state; this is its history.
create table app_user_change (
    id          uuid primary key,
    user_id     uuid not null references app_user(id),
    change      text not null,
    detail      text,
    changed_at  timestamptz not null,
    changed_by  text not null
);
create index app_user_change_user on app_user_change(user_id, changed_at);
