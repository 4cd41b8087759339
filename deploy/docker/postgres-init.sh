#!/bin/bash
# Run once by the postgres image on an empty volume: one role per service, owning one schema, so that no service can
# read another's tables. The passwords come from the environment (docker-compose.yml).
set -euo pipefail
for service in identity applications review publication workflow web; do
  variable="$(echo "${service}" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="${!variable}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
       -v service="${service}" -v password="${password}" <<'SQL'
create role :"service" login password :'password';
create schema :"service" authorization :"service";
grant connect on database ptce to :"service";
SQL
done
