-- A PTCE's candidacy to a call, drafted and submitted by its holder (the person who signed in to write it).
create table candidacies
(
    id                   uuid primary key,
    call_id              uuid                     not null references calls (id),
    holder_id            text                     not null,
    ptce_name            text                     not null,
    legal_form           text,
    private_law_entity   boolean                  not null default false,
    communes             text[]                   not null default '{}',
    epci                 text,
    departement          text,
    region               text,
    themes               text[]                   not null default '{}',
    cooperation_strategy text,
    objectives           text,
    indicators           text,
    budget_euros         numeric(14, 2),
    already_supported_by_state boolean,
    status               text                     not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    submitted_at         timestamp with time zone,
    withdrawn_at         timestamp with time zone,
    version              integer                  not null
);
create index candidacies_by_call on candidacies (call_id);
create index candidacies_by_holder on candidacies (holder_id);

-- The legal persons the PTCE gathers (décret 2015-431: at least three, of several kinds).
create table candidacy_members
(
    candidacy_id uuid    not null references candidacies (id) on delete cascade,
    position     integer not null,
    name         text    not null,
    kind         text    not null,
    siret        text,
    primary key (candidacy_id, position)
);
