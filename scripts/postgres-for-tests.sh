#!/usr/bin/env bash
# Installs (Debian's package, when missing) and starts a local PostgreSQL for the tests, creates a test role
# that may create databases, and prints its connection string. The password is random, kept only in a file
# readable by root and postgres beside the cluster (so that concurrent test runs on one machine share it
# rather than invalidate each other's), never in the repository; the role is reachable only on 127.0.0.1.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version="$(ls /etc/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start >/dev/null
fi

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done

secret="/var/lib/postgresql/.fcps_test_password"
if [ ! -s "$secret" ]; then
  (umask 077 && head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$secret")
fi
password="$(cat "$secret")"
su postgres -c "psql -q -v ON_ERROR_STOP=1 -p 5432" >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fcps_test') THEN
    CREATE ROLE fcps_test LOGIN CREATEDB;
  END IF;
END \$\$;
ALTER ROLE fcps_test PASSWORD '$password';
SQL

echo "Host=127.0.0.1;Port=5432;Username=fcps_test;Password=$password;Database=postgres"
