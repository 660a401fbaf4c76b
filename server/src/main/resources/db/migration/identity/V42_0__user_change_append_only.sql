-- An account's change history is appended, never rewritten: refuse updates and deletes like the other
-- histories (docs/security.md, "Accounts").
create function app_user_change_refuse_update() returns trigger language plpgsql as $$
begin
    raise exception 'app_user_change is append-only: % refused', tg_op using errcode = 'P0001';
end $$;
create trigger app_user_change_no_update before update on app_user_change
    for each row execute function app_user_change_refuse_update();
create trigger app_user_change_no_delete before delete on app_user_change
    for each row execute function refuse_delete();
