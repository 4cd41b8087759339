-- Accounts of real people: a holder signs up and proves their address, a member of the committee is invited and
-- chooses a password, a coordinator disables an account. The demo accounts, made before, count as verified.
alter table accounts
    alter column password_hash drop not null,
    add column email_verified_at  timestamp with time zone,
    add column privacy_consent_at timestamp with time zone,
    add column disabled_at        timestamp with time zone,
    add column disabled_by        text,
    add column changed_at         timestamp with time zone;
update accounts
set email_verified_at = created_at,
    changed_at        = created_at;
alter table accounts
    alter column changed_at set not null;
create index accounts_by_name on accounts (lower(display_name), id);

-- The links sent by e-mail (verify an address, reset a password, accept an invitation): only a hash of the token is
-- kept, so that whoever reads this table cannot use them. Each works once, before it expires.
create table account_links
(
    token_hash bytea primary key,
    account_id uuid                     not null references accounts (id),
    purpose    text                     not null check (purpose in ('VERIFY_ADDRESS', 'RESET_PASSWORD', 'ACCEPT_INVITATION')),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index account_links_by_account on account_links (account_id, purpose);

-- What was done to each account, by whom and when (a coordinator's invitation, a role changed, a password reset).
create table account_history
(
    id         bigserial primary key,
    account_id uuid                     not null references accounts (id),
    action     text                     not null,
    actor_id   text,
    actor_name text,
    at         timestamp with time zone not null,
    detail     text
);
create index account_history_by_account on account_history (account_id, at desc, id desc);

-- The mails to send: stored with the change that asks for them, sent by a scheduled sender, their text (which holds
-- a link's token) erased once they left.
create table outgoing_mails
(
    id           uuid primary key,
    recipient    text                     not null,
    subject      text                     not null,
    body         text,
    created_at   timestamp with time zone not null,
    attempted_at timestamp with time zone,
    emailed_at   timestamp with time zone
);
create index outgoing_mails_pending on outgoing_mails (created_at) where emailed_at is null;
