#!/usr/bin/env bash
# Opens psql on the private cluster's "crm" database, as the application role over
# TCP (same rights and authentication path as the app). Extra arguments go to psql:
#   db/psql.sh -c 'select count(*) from contacts'
#   db/psql.sh --admin        superuser "postgres" over the unix socket instead
# The cluster must be running (db/start.sh or run.sh).
# Environment: CRM_DATA_DIR (default <repo>/.data), CRM_PG_PORT (default 55432).
set -euo pipefail
# shellcheck source=db/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

crm_load_defaults
admin=""
if [[ "${1:-}" == "--admin" ]]; then
    admin=1
    shift
fi
crm_pg_bin >/dev/null || crm_die "PostgreSQL is not installed; run db/start.sh first"
crm_cluster_running "$CRM_PG_DIR" \
    || crm_die "PostgreSQL is not running ($CRM_PG_DIR); start it with db/start.sh"

if [[ -n "$admin" ]]; then
    # Not crm_psql_admin: that one is quiet and stops at the first error, which
    # suits scripts, not an interactive session.
    exec "$(crm_pg_bin)/psql" -h "$(crm_cluster_run_dir "$CRM_PG_DIR")" \
        -p "$CRM_PG_PORT" -U postgres -d "$CRM_DB_NAME" "$@"
fi
PGPASSWORD="$(crm_cluster_password "$CRM_PG_DIR")"
export PGPASSWORD
exec "$(crm_pg_bin)/psql" -h 127.0.0.1 -p "$CRM_PG_PORT" \
    -U "$CRM_DB_ROLE" -d "$CRM_DB_NAME" "$@"
