-- The calls the public can read about: announced when opened.
create table published_calls
(
    call_id                uuid primary key,
    title                  text                     not null,
    submission_deadline    timestamp with time zone not null,
    participating_networks text[]                   not null,
    opened_at              timestamp with time zone not null,
    announced_at           timestamp with time zone not null,
    announced_for          text                     not null
);
