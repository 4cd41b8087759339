-- The reviewers assigned to a candidacy (from the review service): they may read its dossier.
create table candidacy_reviewers
(
    candidacy_id uuid                     not null references candidacies (id),
    reviewer_id  text                     not null,
    assigned_at  timestamp with time zone not null,
    primary key (candidacy_id, reviewer_id)
);
