-- The calls the committee will review, with the networks that take part in each.
create table calls_under_review
(
    call_id                uuid primary key,
    title                  text                     not null,
    participating_networks text[]                   not null,
    submission_deadline    timestamp with time zone not null,
    registered_at          timestamp with time zone not null,
    registered_for         text                     not null
);
