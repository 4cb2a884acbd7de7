#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432 with trust auth and a database `test`.
# Where one already runs (as on the CI machines) this only checks; elsewhere it installs one.
set -euo pipefail

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if ! command -v pg_isready >/dev/null 2>&1; then
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if ! ready; then
  version=$(ls /etc/postgresql | sort -n | tail -1)
  hba=/etc/postgresql/$version/main/pg_hba.conf
  grep -q "^host all all 127.0.0.1/32 trust" "$hba" \
    || sudo_if_needed sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
  sudo_if_needed pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 30); do ready && break; sleep 1; done
fi
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE test" >/dev/null
# The suite makes and drops a schema per test: hundreds of thousands of dead catalog rows
# a day, which autovacuum does not keep up with, and every DDL slows down (seen: a test's
# migrations from 0.2 s to over 2 s). Vacuuming the catalogs first takes a few seconds.
psql -h 127.0.0.1 -U postgres -d test -q -c "VACUUM (ANALYZE) pg_catalog.pg_attribute,
  pg_catalog.pg_depend, pg_catalog.pg_class, pg_catalog.pg_constraint, pg_catalog.pg_index,
  pg_catalog.pg_type, pg_catalog.pg_trigger, pg_catalog.pg_attrdef, pg_catalog.pg_sequence,
  pg_catalog.pg_namespace" >/dev/null
