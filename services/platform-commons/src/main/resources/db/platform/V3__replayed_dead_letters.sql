-- The dead letters an operator sent back to their topic from this service, so that a second replay of the same record
-- sends nothing (the dead-letter topic itself is append-only: the record stays there).
create table replayed_dead_letter
(
    topic       text                     not null,
    partition   integer                  not null,
    record_offset bigint                 not null,
    message_id  text,
    replayed_at timestamp with time zone not null,
    primary key (topic, partition, record_offset)
);
