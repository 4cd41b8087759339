-- Whom a reminder goes to: the reviewers are named by the review service, the delegates are found by their network.
alter table people
    add column roles   text[] not null default '{}',
    add column network text;

-- The reminders to e-mail: to a reviewer whose evaluation of a candidacy is overdue, to the delegates of a network
-- that has not answered a round of a call's ranked list. emailed_at once the e-mail left.
create table reminders
(
    id           uuid primary key,
    person_id    text                     not null,
    kind         text                     not null check (kind in ('EVALUATION', 'NETWORK_VALIDATION')),
    call_id      uuid                     not null,
    candidacy_id uuid,
    network      text,
    round        integer,
    created_at   timestamp with time zone not null,
    emailed_at   timestamp with time zone
);
create index reminders_not_emailed on reminders (created_at) where emailed_at is null;
