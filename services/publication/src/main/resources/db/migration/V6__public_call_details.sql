-- What a call asks for, as the public reads it before applying: its description, the documents to join and the
-- grid the reviewers score on (each criterion's label and weight, the total threshold). The rows announced before
-- keep what they had and read as a call without description, documents nor criteria.
alter table published_calls
    add column description        text,
    add column required_documents text[]  not null default '{}',
    add column criteria           jsonb   not null default '[]',
    add column total_threshold    numeric,
    add column review_deadline    timestamp with time zone;
