#!/usr/bin/env bash
# README command 1: builds the WAR, then starts Payara Micro with it on http://localhost:8080/.
# The server replaces this script (exec), so no Maven JVM stays beside it and Ctrl-C stops the
# server itself (Payara Micro undeploys and closes the engine and the database on SIGINT).
#
#   ./run.sh                    H2 file database under ./data, demo year and logins
#   ./run.sh --db=postgres      PostgreSQL from CDD_DB_HOST, CDD_DB_PORT, CDD_DB_NAME, CDD_DB_USER, CDD_DB_PASSWORD
#                               (no demo unless --demo=true, and the demo only into an empty database)
#   ./run.sh --demo=false       without the demo year (the H2 default loads it)
#   ./run.sh --first-admin=NAME on a database without an administrator: creates administrator NAME with a
#                               one-time password written to ./first-administrator.txt (owner-only, never logged)
#   ./run.sh --port=8081        another HTTP port
#   ./run.sh --no-build         start what target/ holds, without building
#   ./run.sh --json-logs        log one JSON object per line (server-config/logging-json.properties)
#   ./run.sh --cluster=NAME     join the servers' data grid NAME (sessions and their Faces views shared, so any
#                               server carries on any session; README "Several servers"); without it the
#                               server runs alone (--nocluster)
#   ./run.sh --name=NAME        this server's name in the data grid (with --cluster; default: Payara's own)
#   ./run.sh --members=H:P,...  the grid members' addresses (host:5900,...) when multicast does not reach them
#                               (servers on several machines); default: multicast discovery
set -euo pipefail
cd "$(dirname "$0")"

db=h2
demo=
first_admin=
port=8080
build=true
logging=()
cluster=(--nocluster)
names=()
members=()
for arg in "$@"; do
  case "$arg" in
    --db=h2 | --db=postgres) db=${arg#--db=} ;;
    --demo=true | --demo=false) demo=${arg#--demo=} ;;
    --first-admin=?*) first_admin=${arg#--first-admin=} ;;
    --port=*) port=${arg#--port=} ;;
    --no-build) build=false ;;
    --json-logs) logging=(--logproperties server-config/logging-json.properties) ;;
    --cluster=?*) cluster=(--clustername "${arg#--cluster=}") ;;
    --name=?*) names=(--name "${arg#--name=}") ;;
    --members=?*) members=(--clustermode "tcpip:${arg#--members=}") ;;
    *) echo "run.sh: unknown option $arg (see the top of run.sh)" >&2; exit 2 ;;
  esac
done

if [ "${cluster[0]}" = --clustername ] && [ "$db" = h2 ]; then
  echo "run.sh: servers of a cluster share one database: use --db=postgres with --cluster" >&2; exit 2
fi

# the demo's invented people and known password belong on the newcomer's H2, never by default in production
if [ -z "$demo" ]; then
  if [ "$db" = h2 ]; then demo=true; else demo=false; fi
fi
setup=()
if [ -n "$first_admin" ]; then
  setup=(-Dcdd.setup.firstAdministrator="$first_admin" -Dcdd.setup.passwordFile="$PWD/first-administrator.txt")
fi

if $build; then
  mvn -B -ntp -DskipTests package
fi
[ -f target/ROOT.war ] && [ -f target/server/payara-micro.jar ] || { echo "run.sh: target/ROOT.war or target/server/payara-micro.jar is missing; run without --no-build" >&2; exit 1; }

postboot="server-config/post-boot-$db.txt"
# a server of a cluster hands its sessions to the data grid; one alone keeps them in memory
preboot=server-config/pre-boot.txt
if [ "${cluster[0]}" = --clustername ]; then preboot=server-config/pre-boot-cluster.txt; fi
if [ ${#logging[@]} -gt 0 ]; then
  # the boot command set-log-levels re-reads the domain's logging settings and so drops the JSON
  # formatter: its levels go into the logging file instead, and the command is left out
  postboot=target/post-boot-json-$db.txt
  grep -v '^set-log-levels ' "server-config/post-boot-$db.txt" > "$postboot"
  { cat server-config/logging-json.properties; echo
    sed -n 's/^set-log-levels //p' "server-config/post-boot-$db.txt" | tr ':' '\n' | sed 's/=/.level=/'; } > target/logging-json.properties
  logging=(--logproperties target/logging-json.properties)
fi

# two glibc malloc arenas instead of one per thread: the server's resident memory stays bounded
export MALLOC_ARENA_MAX=2
exec java @server-config/jvm.options -Dcdd.demo.enabled="$demo" ${setup[@]+"${setup[@]}"} \
  -jar target/server/payara-micro.jar "${cluster[@]}" ${names[@]+"${names[@]}"} ${members[@]+"${members[@]}"} --port "$port" \
  --addlibs target/server/postgresql.jar \
  --prebootcommandfile "$preboot" \
  --postbootcommandfile "$postboot" \
  ${logging[@]+"${logging[@]}"} --contextroot / --deploy target/ROOT.war
