#!/usr/bin/env bash
# Regenerates db/migrations.sql: the idempotent SQL of every EF Core migration, for
# DBAs who review or apply schema changes by hand. Run after adding a migration;
# a test fails while the file misses one.
set -euo pipefail
# shellcheck source=db/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$CRM_REPO_ROOT"
dotnet tool restore >/dev/null
dotnet tool run dotnet-ef migrations script --idempotent --no-transactions \
    --project src/CrmBlazor.Infrastructure --startup-project src/CrmBlazor.Infrastructure \
    --output db/migrations.sql
crm_log "wrote db/migrations.sql"
