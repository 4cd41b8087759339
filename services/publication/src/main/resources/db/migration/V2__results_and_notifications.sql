-- What publication knows of each candidacy, from the other services' messages: to publish a laureate's PTCE and to
-- tell every holder the outcome.
create table known_candidacies
(
    candidacy_id            uuid primary key,
    call_id                 uuid                     not null,
    holder_id               text                     not null,
    ptce_name               text                     not null,
    communes                text[]                   not null,
    departement             text,
    region                  text,
    themes                  text[]                   not null,
    inadmissible_motivation text,
    withdrawn_at            timestamp with time zone,
    updated_at              timestamp with time zone not null
);
create index known_candidacies_by_call on known_candidacies (call_id);

-- A call's published decision, once.
create table published_results
(
    call_id       uuid primary key,
    round         integer                  not null,
    published_at  timestamp with time zone not null,
    published_for text                     not null
);

-- The laureates and the reserve, in rank order: the open data of the selected PTCEs.
create table results
(
    call_id      uuid    not null references published_results (call_id),
    candidacy_id uuid    not null,
    list         text    not null,
    rank         integer not null,
    ptce_name    text    not null,
    communes     text[]  not null,
    departement  text,
    region       text,
    themes       text[]  not null,
    primary key (call_id, candidacy_id)
);

-- What each holder was told, and when; emailed_at once an e-mail left (when an SMTP server is configured).
create table notifications
(
    id           uuid primary key,
    call_id      uuid                     not null,
    candidacy_id uuid                     not null,
    holder_id    text                     not null,
    ptce_name    text                     not null,
    outcome      text                     not null,
    motivation   text                     not null,
    created_at   timestamp with time zone not null,
    emailed_at   timestamp with time zone,
    unique (call_id, candidacy_id)
);
create index notifications_by_holder on notifications (holder_id, created_at);
