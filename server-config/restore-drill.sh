#!/usr/bin/env bash
# Point-in-time recovery of the application's PostgreSQL cluster from a base backup and the WAL
# archive, as an operator does it (docs/operations.md, "Backup and restore drill"):
#
#   1. the base backup (pg_basebackup, tar format -Ft with or without -z, or plain -Fp) is unpacked
#      into a new, empty data directory;
#   2. recovery is configured: restore_command copies segments back from the WAL archive,
#      recovery_target_name (a restore point made with pg_create_restore_point) or
#      recovery_target_time says where to stop, recovery_target_action=promote, recovery.signal;
#   3. PostgreSQL is started on the given port and the script waits until recovery has ended
#      (pg_is_in_recovery() false): the cluster is then an ordinary primary on a new timeline.
#
# Run it as the user PostgreSQL runs as (postgres), never as root:
#   sudo -u postgres server-config/restore-drill.sh --backup=/backup/base/2026-12-01 \
#       --archive=/backup/wal --data=/var/lib/postgresql/restored --port=5433 --target-name=drill
#
# Options:
#   --backup=DIR          the base backup (base.tar[.gz] and pg_wal.tar[.gz], or a plain copy)
#   --archive=DIR         the WAL archive the primary's archive_command writes into (only read)
#   --data=DIR            the data directory to create (must not exist or be empty)
#   --port=N              the port the restored server listens on (default 5433)
#   --target-name=NAME    stop at this restore point, or
#   --target-time=TIME    stop at this time ('2026-12-01 14:30:00+07'); neither: replay all the archive
#   --socket-dir=DIR      where its Unix socket goes (default /var/run/postgresql)
#   --listen=ADDRESSES    listen_addresses (default 127.0.0.1: nobody reaches it before you decide)
#   --keep-archiving      keep the backup's archive_mode; by default the restored server does not
#                         archive, so a drill never writes into the production archive. A restore
#                         that becomes the new primary needs archiving again, into its own folder.
#   --config=DIR          copy postgresql.conf, pg_hba.conf and pg_ident.conf from DIR into the data
#                         directory: Debian's clusters (pg_createcluster) keep them in
#                         /etc/postgresql/N/main, outside the data directory and so outside the base
#                         backup; keep a copy of that folder with the backups
#   --timeout=SECONDS     how long to wait for recovery to end (default 3600)
#
# The restored server must allow at least as much as the primary did (max_connections,
# max_worker_processes, max_wal_senders, max_prepared_transactions, max_locks_per_transaction): with
# less, recovery stops with "insufficient parameter settings". Use the primary's configuration.
# The PostgreSQL programs are those of the newest /usr/lib/postgresql/N/bin (or $PG_BIN).
# The server's log is DIR/../<data dir name>.log. Prints the seconds recovery took.
set -euo pipefail

backup= archive= data= port=5433 target_name= target_time= socket_dir=/var/run/postgresql listen=127.0.0.1
keep_archiving=false timeout=3600 config=
for arg in "$@"; do
  case "$arg" in
    --backup=?*) backup=${arg#--backup=} ;;
    --archive=?*) archive=${arg#--archive=} ;;
    --data=?*) data=${arg#--data=} ;;
    --port=?*) port=${arg#--port=} ;;
    --target-name=?*) target_name=${arg#--target-name=} ;;
    --target-time=?*) target_time=${arg#--target-time=} ;;
    --socket-dir=?*) socket_dir=${arg#--socket-dir=} ;;
    --listen=?*) listen=${arg#--listen=} ;;
    --keep-archiving) keep_archiving=true ;;
    --config=?*) config=${arg#--config=} ;;
    --timeout=?*) timeout=${arg#--timeout=} ;;
    *) echo "restore-drill.sh: unknown option $arg (see the top of the script)" >&2; exit 2 ;;
  esac
done

fail() { echo "restore-drill.sh: $*" >&2; exit 1; }
[ -n "$backup" ] && [ -n "$archive" ] && [ -n "$data" ] || fail "--backup, --archive and --data are required"
[ -d "$backup" ] || fail "no base backup at $backup"
[ -d "$archive" ] || fail "no WAL archive at $archive"
[ -z "$target_name" ] || [ -z "$target_time" ] || fail "give --target-name or --target-time, not both"
[ "$(id -u)" != 0 ] || fail "run as the PostgreSQL user (sudo -u postgres ...), not as root"
if [ -d "$data" ] && [ -n "$(ls -A "$data")" ]; then fail "$data is not empty"; fi

if [ -z "${PG_BIN:-}" ]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -t/ -k5 -n | tail -1)
fi
[ -x "$PG_BIN/pg_ctl" ] || fail "no pg_ctl in $PG_BIN (set PG_BIN)"
data=$(realpath -m "$data")
archive=$(realpath "$archive")
log="$(dirname "$data")/$(basename "$data").log"
started=$(date +%s.%N)

# 1. the base backup into the new data directory
mkdir -p "$data"
chmod 700 "$data"
unpack() { # a tar from pg_basebackup -Ft, compressed or not
  case "$1" in
    *.gz) tar -xzf "$1" -C "$2" ;;
    *.lz4) lz4 -dc "$1" | tar -xf - -C "$2" ;;
    *.zst) zstd -dc "$1" | tar -xf - -C "$2" ;;
    *) tar -xf "$1" -C "$2" ;;
  esac
}
base=$(ls "$backup"/base.tar* 2>/dev/null | head -1 || true)
if [ -n "$base" ]; then
  unpack "$base" "$data"
  wal=$(ls "$backup"/pg_wal.tar* 2>/dev/null | head -1 || true)
  if [ -n "$wal" ]; then unpack "$wal" "$data/pg_wal"; fi
  if ls "$backup"/[0-9]*.tar* >/dev/null 2>&1; then
    fail "the backup holds tablespaces (OID.tar): restore them by hand and fix pg_tblspc's links"
  fi
elif [ -f "$backup/PG_VERSION" ]; then
  cp -a "$backup"/. "$data"/
else
  fail "$backup holds neither base.tar* nor a plain data directory (PG_VERSION)"
fi
[ -f "$data/PG_VERSION" ] || fail "the unpacked backup has no PG_VERSION"
major=$("$PG_BIN/pg_ctl" --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')
[ "$(cat "$data/PG_VERSION")" = "$major" ] || fail "the backup is PostgreSQL $(cat "$data/PG_VERSION"), the programs in $PG_BIN are $major"
if [ -n "$config" ]; then
  for f in postgresql.conf pg_hba.conf pg_ident.conf; do
    if [ -f "$config/$f" ]; then cp "$config/$f" "$data/$f"; fi
  done
  # settings naming the primary's own folders are commented out: the copy must never open the primary's data
  sed -i -E 's/^[[:space:]]*(data_directory|hba_file|ident_file|external_pid_file|include_dir|include_if_exists|include)[[:space:]=].*/# (restore-drill.sh) &/' \
    "$data/postgresql.conf"
  if grep -q '^# (restore-drill.sh) *include' "$data/postgresql.conf"; then
    echo "restore-drill.sh: the primary's configuration includes other files (conf.d?): not copied, add what matters to $data/postgresql.auto.conf" >&2
  fi
fi
[ -f "$data/postgresql.conf" ] || fail "no postgresql.conf in the backup: give the primary's configuration folder with --config"
rm -f "$data/postmaster.pid" "$data/standby.signal"
mkdir -p "$data/pg_wal/archive_status"

# 2. recovery from the archive up to the target (postgresql.auto.conf: the last setting wins)
{
  echo ""
  echo "# restore-drill.sh $(date -Is): point-in-time recovery"
  echo "restore_command = 'cp \"$archive/%f\" \"%p\"'"
  if [ -n "$target_name" ]; then echo "recovery_target_name = '$target_name'"; fi
  if [ -n "$target_time" ]; then echo "recovery_target_time = '$target_time'"; fi
  echo "recovery_target_action = 'promote'"
  echo "port = $port"
  echo "listen_addresses = '$listen'"
  echo "unix_socket_directories = '$socket_dir'"
  if [ "$keep_archiving" = false ]; then echo "archive_mode = off"; fi
} >> "$data/postgresql.auto.conf"
touch "$data/recovery.signal"

# 3. start, and wait until recovery has ended and the server is promoted
"$PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t "$timeout" start >/dev/null \
  || fail "PostgreSQL did not start; the end of $log:
$(tail -20 "$log")"
deadline=$(( $(date +%s) + timeout ))
while :; do
  state=$("$PG_BIN/psql" -h "$socket_dir" -p "$port" -U postgres -d postgres -XAtc 'select pg_is_in_recovery()' 2>/dev/null || true)
  [ "$state" = f ] && break
  if ! "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    fail "PostgreSQL stopped during recovery (was the target in the archive?); the end of $log:
$(tail -20 "$log")"
  fi
  [ "$(date +%s)" -lt "$deadline" ] || fail "still in recovery after $timeout s; see $log"
  sleep 0.5
done
echo "restore-drill.sh: $data recovered and promoted, listening on port $port (log $log)" >&2
echo "$(date +%s.%N) $started" | awk '{ printf "%.1f\n", $1 - $2 }'
