-- A person whose account a coordinator disabled is no longer written to; what was queued for them stays, and leaves
-- once they are enabled again. registered_at is the instant of the newest registration applied, disabled_at that of
-- the disabling since: the newer of the two is the person's state, and an older announcement read late changes
-- nothing.
alter table people
    add column disabled_at timestamp with time zone;

-- The people the platform writes to: every mail and reminder goes through this view, the one place of the rule.
create view people_written_to as
select person_id, display_name, email, roles, network
from people
where disabled_at is null;
