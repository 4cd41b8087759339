create table note
(
    id           uuid primary key,
    candidacy_id uuid not null,
    text         text not null
);

-- What the handler of NoteTaken does: one row per handling, no unique key, so that a second effect would show.
create table note_copy
(
    message_id   text not null,
    candidacy_id uuid not null,
    text         text not null
);
