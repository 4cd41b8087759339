-- What a call needs to be run, beyond its submission window: the reviewers' grid, the documents asked of the
-- holders, the review deadline and the time a holder has to answer a completion request.
alter table calls
    add column total_threshold       numeric(3, 2),
    add column required_documents    text[] not null default '{}',
    add column review_deadline       timestamp with time zone,
    add column completion_time_limit text;

-- Calls drafted before the grid existed get a review month and a fortnight for completions; their grid is to be
-- written before they open (an open call without one keeps working, its reviews wait for a grid).
update calls
set review_deadline       = submission_deadline + interval '30 days',
    completion_time_limit = 'P15D',
    total_threshold       = 0
where review_deadline is null;

alter table calls
    alter column total_threshold set not null,
    alter column review_deadline set not null,
    alter column completion_time_limit set not null;

create table call_criteria
(
    call_id   uuid          not null references calls (id) on delete cascade,
    position  integer       not null,
    code      text          not null,
    label     text          not null,
    weight    integer       not null check (weight between 1 and 10),
    threshold numeric(3, 2) not null check (threshold between 0 and 5),
    primary key (call_id, position),
    unique (call_id, code)
);
