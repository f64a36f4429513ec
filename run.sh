#!/usr/bin/env bash
# Runs CrmBlazor locally with demo data, on a private PostgreSQL cluster that lives
# in .data/ (never the system cluster on 5432).
#
#   ./run.sh            start (creating the cluster and database the first time)
#   ./run.sh --reset    drop and recreate the database first (fresh demo data)
#
# Environment:
#   CRM_DATA_DIR   where the cluster lives        (default <repo>/.data)
#   CRM_PG_PORT    PostgreSQL port on 127.0.0.1   (default 55432)
#   CRM_APP_PORT   HTTP port on 127.0.0.1         (default 5080)
#
# Ctrl-C stops the app, then the cluster (if this script started it); the data
# stays in CRM_DATA_DIR for the next run.
set -euo pipefail
# shellcheck source=db/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/db/lib.sh"

# The header comment above is the help text.
usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
}

reset=""
while (($# > 0)); do
    case "$1" in
        --reset) reset=1 ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            crm_die "unknown argument: $1"
            ;;
    esac
    shift
done

crm_load_defaults
app_port="${CRM_APP_PORT:-5080}"
web_project="$CRM_REPO_ROOT/src/CrmBlazor.Web"
# Must match the TargetFramework in Directory.Build.props.
web_dll="$web_project/bin/Release/net10.0/CrmBlazor.Web.dll"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Checked first: nothing else is worth doing without the SDK, and it cannot be
# installed by this script (only the Debian, NuGet and npm registries are reachable).
if ! command -v dotnet >/dev/null 2>&1; then
    crm_die "the .NET SDK ('dotnet') is not installed. Install the .NET 10 SDK (version in global.json) yourself, then rerun ./run.sh."
fi
if ! [[ "$app_port" =~ ^[0-9]+$ ]]; then
    crm_die "CRM_APP_PORT must be a number, got '$app_port'"
fi
if crm_port_in_use "$app_port"; then
    crm_die "port $app_port is already in use (another ./run.sh?); choose another one with CRM_APP_PORT=..."
fi

crm_ensure_postgres_installed
crm_cluster_init "$CRM_PG_DIR" "$CRM_PG_PORT"

# Only stop what we started: if the cluster was already up (db/start.sh, another
# terminal) someone else relies on it.
started_cluster=""
cleanup() {
    if [[ -n "$started_cluster" ]]; then
        crm_cluster_stop "$CRM_PG_DIR" || true
    fi
}
trap cleanup EXIT
# Turn signals into a normal exit so that the EXIT trap runs. bash delivers them
# only once the foreground app has finished its own graceful shutdown.
trap 'exit 130' INT
trap 'exit 143' TERM

if ! crm_cluster_running "$CRM_PG_DIR"; then
    crm_cluster_start "$CRM_PG_DIR" "$CRM_PG_PORT"
    started_cluster=1
fi
if [[ -n "$reset" ]]; then
    crm_log "--reset: dropping database '$CRM_DB_NAME'"
    crm_db_drop "$CRM_PG_DIR" "$CRM_PG_PORT" "$CRM_DB_NAME"
fi
crm_db_ensure "$CRM_PG_DIR" "$CRM_PG_PORT" "$CRM_DB_NAME" "$CRM_DB_ROLE"
connection_string="$(crm_connection_string "$CRM_PG_PORT" "$CRM_DB_NAME" "$CRM_DB_ROLE" \
    "$(crm_cluster_password "$CRM_PG_DIR")")"

crm_log "building src/CrmBlazor.Web (Release)"
dotnet build "$web_project" -c Release -nologo -v q
[[ -f "$web_dll" ]] || crm_die "build did not produce $web_dll"

cat <<EOF

CrmBlazor on http://127.0.0.1:$app_port

Demo accounts (password for all: Demo-2026!)
  Role            E-mail
  Administrateur  admin@demo.crmblazor.fr
  Superviseur     superviseur@demo.crmblazor.fr
  Opérateur       operateur@demo.crmblazor.fr

Ctrl-C to stop. The first start applies migrations and seeds the demo data.

EOF

# The built dll is started directly (faster than "dotnet run", which re-evaluates
# the project). The working directory is the project so that the content root
# (appsettings*.json, wwwroot) is the source tree, as with "dotnet run".
# Not exec'd: the EXIT trap must still stop the cluster afterwards.
cd "$web_project"
ASPNETCORE_ENVIRONMENT=Demo \
    ConnectionStrings__Crm="$connection_string" \
    dotnet "$web_dll" --urls "http://127.0.0.1:$app_port"
