-- When an instance last took a notification or a reminder to e-mail it: another instance leaves it alone until the
-- retry delay has passed, and a mail that keeps failing waits its turn behind the others.
alter table notifications
    add column attempted_at timestamp with time zone;
alter table reminders
    add column attempted_at timestamp with time zone;
