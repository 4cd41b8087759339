create table note
(
    id           uuid primary key,
    candidacy_id uuid not null,
    text         text not null
);

-- What the handler of NoteTaken does: one row per handled message, so duplicates would show.
create table note_copy
(
    message_id   text primary key,
    candidacy_id uuid not null,
    text         text not null
);
