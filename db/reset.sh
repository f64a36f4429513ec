#!/usr/bin/env bash
# Drops and recreates the "crm" database (all data lost, role and cluster kept).
# The app re-applies its migrations, and in the Demo environment re-seeds the demo
# data, at its next start. A running app is disconnected. The cluster is left in
# the state it was found: started only for the duration of the reset if it was down.
# Environment: CRM_DATA_DIR (default <repo>/.data), CRM_PG_PORT (default 55432).
set -euo pipefail
# shellcheck source=db/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

crm_load_defaults
crm_ensure_postgres_installed
crm_cluster_init "$CRM_PG_DIR" "$CRM_PG_PORT"

started_here=""
if ! crm_cluster_running "$CRM_PG_DIR"; then
    crm_cluster_start "$CRM_PG_DIR" "$CRM_PG_PORT"
    started_here=1
fi
stop_if_started_here() {
    if [[ -n "$started_here" ]]; then
        crm_cluster_stop "$CRM_PG_DIR" || true
    fi
}
trap stop_if_started_here EXIT

crm_log "dropping and recreating database '$CRM_DB_NAME'"
crm_db_drop "$CRM_PG_DIR" "$CRM_PG_PORT" "$CRM_DB_NAME"
crm_db_ensure "$CRM_PG_DIR" "$CRM_PG_PORT" "$CRM_DB_NAME" "$CRM_DB_ROLE"
crm_log "database '$CRM_DB_NAME' is empty; the app migrates it at its next start"
