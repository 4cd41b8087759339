-- The transactional outbox: Spring Modulith's event publication registry (its PostgreSQL schema, owned here by
-- Flyway). A row is written in the transaction of the state change; it is completed, then archived, once Kafka has
-- acknowledged the message.
create table event_publication
(
    id               uuid                     not null primary key,
    listener_id      text                     not null,
    event_type       text                     not null,
    serialized_event text                     not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table event_publication_archive
(
    id               uuid                     not null primary key,
    listener_id      text                     not null,
    event_type       text                     not null,
    serialized_event text                     not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_archive_serialized_event_hash_idx on event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);

-- The inbox: every message this service has handled, recorded in the transaction of its effect.
-- CloudEvents ids are unique per source.
create table processed_message
(
    source       text                     not null,
    message_id   text                     not null,
    message_type text                     not null,
    subject      text                     not null,
    actor        text,
    processed_at timestamp with time zone not null,
    primary key (source, message_id)
);
