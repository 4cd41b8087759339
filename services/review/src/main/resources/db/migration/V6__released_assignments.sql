-- The assignments given up: a reviewer who found a conflict of interest after being assigned, before submitting
-- their evaluation. Kept for the record; the candidacy went to another reviewer of the network when there was one.
create table released_assignments
(
    candidacy_id             uuid                     not null references candidacies_under_review (candidacy_id),
    reviewer_id              text                     not null,
    network                  text                     not null,
    call_id                  uuid                     not null,
    assigned_at              timestamp with time zone not null,
    assigned_by              text                     not null,
    released_at              timestamp with time zone not null,
    replacement_reviewer_id  text,
    primary key (candidacy_id, reviewer_id)
);
