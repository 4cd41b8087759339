-- When the workflow asked for a candidacy's reviewers: from then on it is under review, and a coordinator may give a
-- network left without a reviewer one of its reviewers. Filled from the assignments made before this table.
create table review_requests
(
    candidacy_id uuid primary key references candidacies_under_review (candidacy_id),
    call_id      uuid                     not null,
    requested_at timestamp with time zone not null
);

insert into review_requests (candidacy_id, call_id, requested_at)
select candidacy_id, call_id, min(assigned_at)
from assignments
group by candidacy_id, call_id;
