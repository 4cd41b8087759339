-- When a reviewer was last reminded that their evaluation is late.
alter table assignments
    add column reminded_at timestamp with time zone;
