-- The committee: the reviewers and delegates of each network, as the identity provider announces them.
create table committee_members
(
    person_id     text primary key,
    display_name  text                     not null,
    network       text                     not null,
    role          text                     not null,
    -- The organisation the member works for, if known: never assigned to its PTCEs.
    organisation_siret text,
    registered_at timestamp with time zone not null
);
create index committee_members_by_network on committee_members (network, role);

-- The submitted candidacies, as far as the committee needs them before an assignment: the PTCE's name and its
-- members, against which the reviewers declare their conflicts of interest. (No reference to the call: a candidacy
-- may arrive before its call's opening is read.)
create table candidacies_under_review
(
    candidacy_id  uuid primary key,
    call_id       uuid                     not null,
    ptce_name     text                     not null,
    member_names  text[]                   not null,
    -- The members' legal persons (SIREN): a reviewer working for one of them is not assigned.
    member_sirens text[]                   not null,
    withdrawn_at  timestamp with time zone,
    registered_at timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index candidacies_under_review_by_call on candidacies_under_review (call_id);

create table conflicts_of_interest
(
    candidacy_id uuid                     not null references candidacies_under_review (candidacy_id),
    reviewer_id  text                     not null references committee_members (person_id),
    reason       text                     not null,
    declared_at  timestamp with time zone not null,
    primary key (candidacy_id, reviewer_id)
);

create table assignments
(
    candidacy_id uuid                     not null references candidacies_under_review (candidacy_id),
    reviewer_id  text                     not null references committee_members (person_id),
    network      text                     not null,
    call_id      uuid                     not null,
    assigned_at  timestamp with time zone not null,
    assigned_by  text                     not null,
    primary key (candidacy_id, reviewer_id)
);
create index assignments_by_reviewer on assignments (reviewer_id, call_id);
