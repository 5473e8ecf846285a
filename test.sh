#!/usr/bin/env bash
# README command 2: runs every test on a fresh Debian machine. Installs what the tests need and is
# missing (Java 17, Maven, Chromium and its driver, poppler's pdftotext, PostgreSQL) with apt-get,
# starts PostgreSQL on 127.0.0.1:5432 if it is not running and gives user postgres the password
# the tests use, then runs `mvn -B -ntp verify` with any arguments given here. Root is asked for
# (sudo) only to install packages, start PostgreSQL or set that password. .ci/run calls this script.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf 'test.sh: %s\n' "$*"; }
stop() { printf 'test.sh: stopped: %s\n' "$*" >&2; exit 1; }

# runs a command as root: directly when we are root, else through sudo (which asks for the password)
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    stop "this step needs root and sudo is not installed: $*"
  fi
}

java_major() {
  java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

# what is missing, as Debian package names (the browser tests use /usr/bin/chromium and /usr/bin/chromedriver)
missing() {
  local need=()
  if ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ] 2>/dev/null; then need+=(openjdk-17-jdk-headless); fi
  command -v mvn >/dev/null || need+=(maven)
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
  command -v pdftotext >/dev/null || need+=(poppler-utils)
  { command -v pg_isready >/dev/null && command -v psql >/dev/null; } || need+=(postgresql)
  echo "${need[@]}"
}

need=$(missing)
if [ -n "$need" ]; then
  command -v apt-get >/dev/null || stop "missing $need and apt-get is not here to install them (Debian package names); install them and run again"
  say "installing with apt-get: $need"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || stop "apt-get update failed (no network or no Debian mirror?)"
  # shellcheck disable=SC2086 # one word per package
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need || stop "apt-get could not install: $need"
  need=$(missing)
  [ -z "$need" ] || stop "still missing after apt-get: $need"
fi
[ "$(java_major)" -ge 17 ] || stop "java on the PATH is older than 17 ($(command -v java)); put Java 17 first on the PATH"

# PostgreSQL on 127.0.0.1:5432 for the PostgreSQL half of the integration tests
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ] && [ -n "$(ls /etc/postgresql)" ]; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    say "starting PostgreSQL $version (cluster main)"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
  fi
  pg_isready -h 127.0.0.1 -p 5432 -q || stop "PostgreSQL does not answer on 127.0.0.1:5432 (the integration tests need it); start it and run again"
fi

# the tests connect as postgres/postgres over TCP
if ! PGPASSWORD=postgres psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -tAq -c 'select 1' >/dev/null 2>&1; then
  say "setting the password of PostgreSQL's user postgres to 'postgres' (the tests sign in with it)"
  as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null \
    || stop "could not set the password of PostgreSQL's user postgres"
  PGPASSWORD=postgres psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -tAq -c 'select 1' >/dev/null 2>&1 \
    || stop "PostgreSQL refuses postgres/postgres over TCP on 127.0.0.1:5432 (check pg_hba.conf)"
fi

say "prerequisites present; running mvn -B -ntp verify $*"
exec mvn -B -ntp verify "$@"
