#!/usr/bin/env bash
# The database schema migrations as an operator's command, to run before the servers start (the application
# also migrates at start-up unless it is started with CDD_SCHEMA_MIGRATE=false, when it only checks).
#
#   ./migrate.sh                    migrates the H2 file database under ./data (run.sh's default)
#   ./migrate.sh --db=postgres      migrates PostgreSQL from CDD_DB_HOST, CDD_DB_PORT, CDD_DB_NAME, CDD_DB_USER, CDD_DB_PASSWORD
#   ./migrate.sh --dry-run          prints the SQL it would run, changes nothing
#   ./migrate.sh --status           lists the change sets not yet run
#   ./migrate.sh --no-build         uses what target/ holds, without building
set -euo pipefail
cd "$(dirname "$0")"

db=h2
mode=()
build=true
for arg in "$@"; do
  case "$arg" in
    --db=h2 | --db=postgres) db=${arg#--db=} ;;
    --dry-run | --status) mode=("$arg") ;;
    --no-build) build=false ;;
    *) echo "migrate.sh: unknown option $arg (see the top of migrate.sh)" >&2; exit 2 ;;
  esac
done

if $build && [ ! -d target/ROOT/WEB-INF/classes ]; then
  mvn -B -ntp -q -DskipTests package
fi
[ -d target/ROOT/WEB-INF/classes ] && [ -f target/server/h2.jar ] || { echo "migrate.sh: target/ROOT or target/server/h2.jar is missing; run without --no-build" >&2; exit 1; }

if [ "$db" = h2 ]; then
  mkdir -p data
  connection=(--url="jdbc:h2:file:./data/cdd-performance;MODE=LEGACY" --user=sa --password=sa)
else
  connection=(--url="jdbc:postgresql://${CDD_DB_HOST:?}:${CDD_DB_PORT:-5432}/${CDD_DB_NAME:?}" --user="${CDD_DB_USER:?}" --password="${CDD_DB_PASSWORD:-}")
fi
exec java -Djava.util.logging.config.file=/dev/null -cp "target/ROOT/WEB-INF/classes:target/ROOT/WEB-INF/lib/*:target/server/postgresql.jar:target/server/h2.jar" \
  th.go.cdd.performance.migration.MigrateCommand "${connection[@]}" ${mode[@]+"${mode[@]}"}
