-- When the other services were told that the person may sign in (PersonRegistered); null until then, so that the
-- accounts made before the announcements existed are announced at the next start.
alter table accounts
    add column announced_at timestamp with time zone;

-- The SIRET of the organisation a reviewer works for: the committee keeps them off the candidacies of that
-- organisation's PTCEs.
alter table accounts
    add column organisation_siret text check (organisation_siret ~ '^[0-9]{14}$');
