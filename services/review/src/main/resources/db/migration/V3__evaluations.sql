-- What the reviewers need of a call to evaluate its candidacies: its grid (JSON, as the call's opening gave it)
-- and the review deadline, after which the evaluations are frozen.
alter table calls_under_review
    add column evaluation_grid text,
    add column review_deadline timestamp with time zone;

-- A reviewer assigned to a candidacy declares they have no conflict of interest with it before evaluating it.
alter table assignments
    add column impartiality_declared_at timestamp with time zone;

-- One evaluation per assignment: scores on the call's grid (JSON: criterion code -> 0..5), a vote, a comment. The
-- network is the assignment's: a reviewer votes for their own network only, once.
create table evaluations
(
    candidacy_id uuid                     not null,
    reviewer_id  text                     not null,
    network      text                     not null,
    scores       text                     not null,
    vote         text,
    comment      text,
    updated_at   timestamp with time zone not null,
    submitted_at timestamp with time zone,
    primary key (candidacy_id, reviewer_id),
    foreign key (candidacy_id, reviewer_id) references assignments (candidacy_id, reviewer_id)
);

-- The tally of a candidacy whose evaluations are all in, as sent on (ReviewCompleted): the deliberation's ranking.
create table tallies
(
    candidacy_id   uuid primary key references candidacies_under_review (candidacy_id),
    call_id        uuid                     not null,
    weighted_total numeric(4, 3)            not null,
    thresholds_met boolean                  not null,
    details        text                     not null,
    completed_at   timestamp with time zone not null
);
create index tallies_by_call on tallies (call_id, weighted_total desc);
