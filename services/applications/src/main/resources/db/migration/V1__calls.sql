create table calls
(
    id                     uuid primary key,
    title                  text                     not null,
    description            text                     not null,
    submission_deadline    timestamp with time zone not null,
    participating_networks text[]                   not null,
    status                 text                     not null,
    created_at             timestamp with time zone not null,
    created_by             text                     not null,
    opened_at              timestamp with time zone,
    opened_by              text,
    version                integer                  not null
);
