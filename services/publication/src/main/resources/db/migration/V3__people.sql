-- The people the identity provider announced, with the address they are written to (for the e-mailed
-- notifications).
create table people
(
    person_id     text primary key,
    display_name  text                     not null,
    email         text,
    registered_at timestamp with time zone not null
);
