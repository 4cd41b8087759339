-- Publication now keeps each person's roles and network too (to remind a network's delegates): every account is
-- announced once more at the next start. The services take a person they know again as an update.
update accounts
set announced_at = null;
