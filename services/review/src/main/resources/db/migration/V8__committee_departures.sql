-- A member who no longer reviews nor delegates for a network, or whose account was disabled, leaves the roster but
-- keeps their row: their assignments, conflicts of interest and evaluations refer to it. They may come back (a
-- re-enabled account, a role given again).
alter table committee_members
    add column active     boolean not null default true,
    -- The instant of the newest announcement applied (a registration or a disabling): the identity provider's
    -- announcements of one person may be read out of order after a replay, and an older one changes nothing.
    add column changed_at timestamp with time zone;

update committee_members set changed_at = registered_at;

alter table committee_members
    alter column changed_at set not null;
