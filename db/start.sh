#!/usr/bin/env bash
# Creates (first time) and starts the private PostgreSQL cluster used by run.sh,
# then makes sure the "crm" role and database exist. Prints the connection string
# on stdout, e.g. to run the app yourself in Development:
#   ConnectionStrings__Crm="$(db/start.sh)" dotnet run --project src/CrmBlazor.Web
# Environment: CRM_DATA_DIR (default <repo>/.data), CRM_PG_PORT (default 55432).
set -euo pipefail
# shellcheck source=db/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

crm_load_defaults
crm_ensure_postgres_installed
crm_cluster_init "$CRM_PG_DIR" "$CRM_PG_PORT"
crm_cluster_start "$CRM_PG_DIR" "$CRM_PG_PORT"
crm_db_ensure "$CRM_PG_DIR" "$CRM_PG_PORT" "$CRM_DB_NAME" "$CRM_DB_ROLE"
crm_log "PostgreSQL is running on 127.0.0.1:$CRM_PG_PORT (stop it with db/stop.sh)"
crm_connection_string "$CRM_PG_PORT" "$CRM_DB_NAME" "$CRM_DB_ROLE" \
    "$(crm_cluster_password "$CRM_PG_DIR")"
