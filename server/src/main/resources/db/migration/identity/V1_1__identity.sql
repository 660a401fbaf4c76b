-- Identity: users of Custos, their roles and the facilities a staff role is limited to.
create table app_user (
    id                    uuid primary key,
    username              text not null unique,
    display_name          text not null,
    password_hash         text not null,
    must_change_password  boolean not null,
    enabled               boolean not null default true,
    liaison_state         char(2),
    preferred_language    text not null default 'es',
    created_at            timestamptz not null,
    created_by            text not null,
    constraint username_shape check (username ~ '^[a-z0-9._-]{3,64}$')
);

create table app_user_role (
    user_id  uuid not null references app_user(id),
    role     text not null,
    primary key (user_id, role)
);

create table app_user_facility (
    user_id        uuid not null references app_user(id),
    facility_code  text not null,
    primary key (user_id, facility_code)
);

-- Bearer tokens for API clients: only the SHA-256 of the token is kept.
create table api_token (
    token_sha256  bytea primary key,
    user_id       uuid not null references app_user(id),
    created_at    timestamptz not null,
    expires_at    timestamptz not null
);
create index api_token_user on api_token(user_id);
