#!/usr/bin/env bash
# Stops the private PostgreSQL cluster; the data stays in $CRM_DATA_DIR/pg.
# Environment: CRM_DATA_DIR (default <repo>/.data).
set -euo pipefail
# shellcheck source=db/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

crm_load_defaults
if ! crm_pg_bin >/dev/null; then
    # Nothing can be running without the binaries; don't install them just to stop.
    exit 0
fi
if crm_cluster_running "$CRM_PG_DIR"; then
    crm_cluster_stop "$CRM_PG_DIR"
else
    crm_log "PostgreSQL is not running ($CRM_PG_DIR)"
fi
