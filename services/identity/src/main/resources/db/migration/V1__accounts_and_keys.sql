-- The people who sign in to the platform. Passwords are stored hashed ({bcrypt}…); nobody's is ever readable.
create table accounts
(
    id              uuid primary key,
    username        text                     not null unique,
    password_hash   text                     not null,
    display_name    text                     not null,
    roles           text[]                   not null,
    network         text,
    enabled         boolean                  not null default true,
    failed_attempts integer                  not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null,
    created_by      text                     not null,
    version         integer                  not null
);

-- The keys that sign the tokens: made at first start, never in the repository. The newest signs; all verify.
create table signing_keys
(
    key_id      text primary key,
    private_key bytea                    not null,
    public_key  bytea                    not null,
    created_at  timestamp with time zone not null
);
