-- The admissibility check as the holder lives it: a completion request with its deadline, the completed dossier,
-- and the decision with its motivation.
alter table candidacies
    add column completion_request       text,
    add column completion_due_at        timestamp with time zone,
    add column completed_at             timestamp with time zone,
    add column admissibility_motivation text,
    add column admissibility_decided_at timestamp with time zone;
