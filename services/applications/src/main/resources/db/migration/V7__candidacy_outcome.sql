-- The call's decision as the holder reads it on their candidacy: its outcome (the status: LAUREATE, RESERVE or
-- NOT_SELECTED), the committee's motivation, and when the networks' approval made it the decision.
alter table candidacies
    add column outcome_motivation text,
    add column decided_at         timestamp with time zone;
