-- A request for a candidacy's reviewers read before the candidacy or its call (they travel on other topics, and a
-- consumer catching up after a restart may read the request first): kept here until both are known, then answered.
create table early_review_requests
(
    candidacy_id uuid primary key,
    call_id      uuid                     not null,
    received_at  timestamp with time zone not null
);
create index early_review_requests_by_call on early_review_requests (call_id);
