-- Each participating network's answer to each round of a call's ranked list: who answered for it, when, and why it
-- rejected the list if it did. The list is kept as it was proposed (JSON).
create table network_validations
(
    call_id      uuid                     not null,
    round        integer                  not null,
    network      text                     not null,
    list         text                     not null,
    requested_at timestamp with time zone not null,
    approved     boolean,
    reason       text,
    delegate_id  text,
    validated_at timestamp with time zone,
    primary key (call_id, round, network)
);
