#!/usr/bin/env bash
# Measures CrmBlazor and prints one "metric: value" line per measurement on stdout
# (progress goes to stderr).
#
#   ./bench.sh                 run every section
#   ./bench.sh startup ...     run only the named sections
#   ./bench.sh --list          list the sections
#
# Everything runs against a throwaway data directory and free ports, through
# ./run.sh exactly as a user would start the app, so the user's .data/ and any
# running ./run.sh are never touched. All of it is removed at exit.
#
# Except the contact-record section: its million-contact base takes minutes to
# load, so it lives in .bench-data/ (git-ignored) and is reused by later runs.
# The receipts section uses that cluster too, with a database of its own that it
# recreates on every run (the run must start from a year without receipts).
#
# Adding a section: write a function bench_section_NAME (a hyphen in NAME is an
# underscore in the function's name) that prints metrics with `metric`, add NAME
# to BENCH_SECTIONS, and use bench_app_ensure_running when it needs the app up.
set -euo pipefail
# shellcheck source=db/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/db/lib.sh"

BENCH_SECTIONS=(startup contact-record receipts scheduling)

# Readiness probe: the sign-in page is the first page a user sees and needs the
# app, its database and the Blazor pipeline to be up.
SIGNIN_PATH=/compte/connexion
READY_TIMEOUT_SECONDS=600

# The persistent base of the contact-record section: its own cluster, kept between runs.
BENCH_BASE_DIR="$CRM_REPO_ROOT/.bench-data"
BENCH_BASE_DB=crm_bench
BENCH_RECEIPTS_DB=crm_bench_receipts
BENCH_SCHEDULING_DB=crm_bench_scheduling
BENCH_SCHEDULING_GIFTS=100000
BENCH_RECEIPT_DONORS=100000
BENCH_BASE_CONTACTS=1000000
# Those of docs' reference measurements (/work/shared/reference/perf.md), durability left on.
BENCH_BASE_SETTINGS=(
    "shared_buffers = 2GB" "work_mem = 64MB" "maintenance_work_mem = 512MB"
    "max_wal_size = 4GB" "effective_cache_size = 12GB"
)
bench_base_pg=""

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

metric() {
    printf '%s: %s\n' "$1" "$2"
}

now_ms() {
    date +%s%3N
}

# Milliseconds to seconds with one decimal.
ms_to_seconds() {
    awk -v ms="$1" 'BEGIN { printf "%.1f\n", ms / 1000 }'
}

app_url() {
    printf 'http://127.0.0.1:%s%s\n' "$CRM_APP_PORT" "${1:-}"
}

# HTTP status of a GET, "000" when nothing answers.
http_code() {
    curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$1" || true
}

# Median of numbers read one per line on stdin.
median() {
    python3 -c 'import statistics, sys
values = [float(v) for v in sys.stdin.read().split()]
print(round(statistics.median(values), 1))'
}

# ---------------------------------------------------------------------------
# App lifecycle (through ./run.sh)
# ---------------------------------------------------------------------------

app_pgid=""
app_pid=""
app_log=""
app_runs=0

# Starts ./run.sh in its own session so that the whole tree (run.sh, dotnet) can
# be signalled at once, like Ctrl-C in a terminal would.
bench_app_start() {
    app_runs=$((app_runs + 1))
    app_log="$CRM_DATA_DIR/run-$app_runs.log"
    # A background job of a script never leads a process group, so setsid does not
    # fork: run.sh keeps the pid $! and becomes leader of a new group of that id.
    # (Asking ps for the group right away would race with the setsid() call.)
    setsid "$CRM_REPO_ROOT/run.sh" </dev/null >"$app_log" 2>&1 &
    app_pid=$!
    app_pgid=$app_pid
}

# Waits until the sign-in page answers 200. Fails early if run.sh died.
bench_app_wait_ready() {
    local deadline=$((SECONDS + READY_TIMEOUT_SECONDS))
    while [[ "$(http_code "$(app_url "$SIGNIN_PATH")")" != "200" ]]; do
        if ! kill -0 "$app_pid" 2>/dev/null; then
            tail -n 40 "$app_log" >&2 || true
            crm_die "./run.sh exited before $SIGNIN_PATH answered (log above)"
        fi
        if ((SECONDS > deadline)); then
            tail -n 40 "$app_log" >&2 || true
            crm_die "$SIGNIN_PATH did not answer 200 within ${READY_TIMEOUT_SECONDS}s (log above)"
        fi
        sleep 0.25
    done
}

# SIGTERM to the group lets the app shut down gracefully and run.sh's trap stop
# the cluster; SIGINT would not do, background jobs ignore it.
bench_app_stop() {
    [[ -n "$app_pid" ]] || return 0
    local target="-$app_pgid"
    # Never signal our own group (that would kill bench.sh and whoever started it):
    # fall back to run.sh alone if it is, against expectations, still in it.
    if [[ "$(ps -o pgid= -p "$app_pid" | tr -d ' ')" == "$(ps -o pgid= -p $$ | tr -d ' ')" ]]; then
        target="$app_pid"
    fi
    kill -TERM -- "$target" 2>/dev/null || true
    local deadline=$((SECONDS + 120))
    while kill -0 "$app_pid" 2>/dev/null && ((SECONDS < deadline)); do
        sleep 0.25
    done
    if kill -0 "$app_pid" 2>/dev/null; then
        crm_log "run.sh did not stop within 120s; killing it"
        kill -KILL -- "$target" 2>/dev/null || true
    fi
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    app_pgid=""
    if crm_cluster_running "$CRM_DATA_DIR/pg"; then
        crm_log "warning: run.sh left PostgreSQL running after it stopped"
    fi
}

bench_app_ensure_running() {
    if [[ -z "$app_pid" ]]; then
        bench_app_start
        bench_app_wait_ready
    fi
}

# ---------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------

# Start-up time through ./run.sh: the first start includes creating the cluster
# and database, the build, migrations and demo seeding; the second one is what a
# user waits for every day.
bench_section_startup() {
    local started

    bench_app_stop
    crm_log "startup: first start (empty data directory)"
    started="$(now_ms)"
    bench_app_start
    bench_app_wait_ready
    metric run_sh_first_start_to_signin_seconds "$(ms_to_seconds $(($(now_ms) - started)))"
    bench_app_stop

    crm_log "startup: second start"
    started="$(now_ms)"
    bench_app_start
    bench_app_wait_ready
    metric run_sh_second_start_to_signin_seconds "$(ms_to_seconds $(($(now_ms) - started)))"

    metric healthz_status "$(http_code "$(app_url /healthz)")"

    local i line code times=()
    for ((i = 0; i < 20; i++)); do
        line="$(curl -s -o /dev/null --max-time 30 -w '%{http_code} %{time_total}' \
            "$(app_url "$SIGNIN_PATH")" || true)"
        code="${line%% *}"
        [[ "$code" == "200" ]] || crm_log "warning: $SIGNIN_PATH answered $code"
        times+=("$(awk -v s="${line#* }" 'BEGIN { printf "%.3f\n", s * 1000 }')")
    done
    metric signin_page_ms "$(printf '%s\n' "${times[@]}" | median)"
}

# Server time of the quick search and of opening a contact record, measured
# in-process by the app's bench-contact-record command on a persistent base of a
# million demo contacts (loaded once by demo-load, then reused).
bench_section_contact_record() {
    local pg_dir="$BENCH_BASE_DIR/pg" port password connection count started
    port="$(crm_free_port)"
    crm_cluster_init "$pg_dir" "$port" "${BENCH_BASE_SETTINGS[@]}"
    bench_base_pg="$pg_dir"
    crm_cluster_start "$pg_dir" "$port"
    crm_db_ensure "$pg_dir" "$port" "$BENCH_BASE_DB" crm
    password="$(crm_cluster_password "$pg_dir")"
    connection="$(crm_connection_string "$port" "$BENCH_BASE_DB" crm "$password")"

    crm_log "contact-record: building src/CrmBlazor.Web (Release)"
    dotnet build "$CRM_REPO_ROOT/src/CrmBlazor.Web" -c Release -nologo -v q >&2

    count="$(bench_base_contacts "$pg_dir" "$port")"
    if ((count < BENCH_BASE_CONTACTS)); then
        crm_log "contact-record: loading $((BENCH_BASE_CONTACTS - count)) demo contacts into $pg_dir"
        started="$(now_ms)"
        # Its summary (rows per table) is for people: stderr, like the progress.
        bench_app_command "$connection" demo-load --contacts "$((BENCH_BASE_CONTACTS - count))" >&2
        metric demo_load_1m_seconds "$(ms_to_seconds $(($(now_ms) - started)))"
        count="$(bench_base_contacts "$pg_dir" "$port")"
    fi
    metric bench_base_contacts "$count"

    crm_log "contact-record: measuring the handlers"
    bench_app_command "$connection" bench-contact-record --samples 200 \
        | grep -E '^[a-z0-9_]+: [0-9.]+$'
    crm_cluster_stop "$pg_dir"
    bench_base_pg=""
}

# The annual receipt run on a fresh base of 100,000 donors with a year of gifts,
# through the real service (the app's bench-receipts command seeds the base by
# binary COPY, runs the year while probing a contact record on other connections,
# then runs the year again, which must issue nothing).
bench_section_receipts() {
    local pg_dir="$BENCH_BASE_DIR/pg" port password connection
    port="$(crm_free_port)"
    crm_cluster_init "$pg_dir" "$port" "${BENCH_BASE_SETTINGS[@]}"
    bench_base_pg="$pg_dir"
    crm_cluster_start "$pg_dir" "$port"
    crm_db_drop "$pg_dir" "$port" "$BENCH_RECEIPTS_DB"
    crm_db_ensure "$pg_dir" "$port" "$BENCH_RECEIPTS_DB" crm
    password="$(crm_cluster_password "$pg_dir")"
    connection="$(crm_connection_string "$port" "$BENCH_RECEIPTS_DB" crm "$password")"

    crm_log "receipts: building src/CrmBlazor.Web (Release)"
    dotnet build "$CRM_REPO_ROOT/src/CrmBlazor.Web" -c Release -nologo -v q >&2

    crm_log "receipts: seeding $BENCH_RECEIPT_DONORS donors, then the annual run"
    bench_app_command "$connection" bench-receipts --donors "$BENCH_RECEIPT_DONORS" \
        | grep -E '^[a-z0-9_]+: [0-9.]+$'
    crm_db_drop "$pg_dir" "$port" "$BENCH_RECEIPTS_DB"
    crm_cluster_stop "$pg_dir"
    bench_base_pg=""
}

# The monthly scheduling run on a fresh base of 100,000 active recurring gifts due
# this month, half of them SEPA (the app's bench-scheduling command seeds them, runs
# the month through the real service — donations, journal and pain.008 files — then
# runs it again, which must create nothing).
bench_section_scheduling() {
    local pg_dir="$BENCH_BASE_DIR/pg" port password connection
    port="$(crm_free_port)"
    crm_cluster_init "$pg_dir" "$port" "${BENCH_BASE_SETTINGS[@]}"
    bench_base_pg="$pg_dir"
    crm_cluster_start "$pg_dir" "$port"
    crm_db_drop "$pg_dir" "$port" "$BENCH_SCHEDULING_DB"
    crm_db_ensure "$pg_dir" "$port" "$BENCH_SCHEDULING_DB" crm
    password="$(crm_cluster_password "$pg_dir")"
    connection="$(crm_connection_string "$port" "$BENCH_SCHEDULING_DB" crm "$password")"

    crm_log "scheduling: building src/CrmBlazor.Web (Release)"
    dotnet build "$CRM_REPO_ROOT/src/CrmBlazor.Web" -c Release -nologo -v q >&2

    crm_log "scheduling: seeding $BENCH_SCHEDULING_GIFTS recurring gifts, then the run twice"
    bench_app_command "$connection" bench-scheduling --gifts "$BENCH_SCHEDULING_GIFTS" \
        | grep -E '^[a-z0-9_]+: [0-9.]+$'
    crm_db_drop "$pg_dir" "$port" "$BENCH_SCHEDULING_DB"
    crm_cluster_stop "$pg_dir"
    bench_base_pg=""
}

# Number of contacts in the bench base; 0 before the first migration.
bench_base_contacts() {
    local exists
    exists="$(crm_psql_admin "$1" "$2" -d "$BENCH_BASE_DB" -At -c "SELECT to_regclass('public.contacts') IS NOT NULL")"
    if [[ "$exists" != "t" ]]; then
        echo 0
        return 0
    fi
    crm_psql_admin "$1" "$2" -d "$BENCH_BASE_DB" -At -c "SELECT count(*) FROM contacts"
}

# Runs one of the app's commands on the bench base. From the project directory,
# like run.sh, so that appsettings.json is found; in Production so that nothing
# demo is seeded; logs to stderr so that stdout carries only the command's output.
bench_app_command() {
    local connection="$1"
    shift
    (
        cd "$CRM_REPO_ROOT/src/CrmBlazor.Web"
        ASPNETCORE_ENVIRONMENT=Production \
            ConnectionStrings__Crm="$connection" \
            Demo__SeedAccounts=false Demo__Contacts=0 \
            Logging__Console__LogToStandardErrorThreshold=Trace \
            dotnet "bin/Release/net10.0/CrmBlazor.Web.dll" "$@"
    )
}

# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

cleanup() {
    bench_app_stop || true
    if [[ -n "$bench_base_pg" ]]; then
        crm_cluster_stop "$bench_base_pg" || true
    fi
    crm_cluster_stop "$CRM_DATA_DIR/pg" || true
    rm -rf -- "$CRM_DATA_DIR"
}

main() {
    local sections=() name known known_name
    if [[ "${1:-}" == "--list" ]]; then
        printf '%s\n' "${BENCH_SECTIONS[@]}"
        return 0
    fi
    if (($# == 0)); then
        sections=("${BENCH_SECTIONS[@]}")
    else
        for name in "$@"; do
            known=""
            for known_name in "${BENCH_SECTIONS[@]}"; do
                [[ "$name" == "$known_name" ]] && known=1
            done
            [[ -n "$known" ]] || crm_die "unknown section '$name' (known: ${BENCH_SECTIONS[*]})"
            sections+=("$name")
        done
    fi

    command -v curl >/dev/null 2>&1 || crm_die "curl is required"
    command -v dotnet >/dev/null 2>&1 || crm_die "the .NET SDK ('dotnet') is not installed"
    crm_ensure_postgres_installed

    # Exported so that ./run.sh picks them up. Both ports are checked free now;
    # run.sh re-checks and explains if something grabbed one in the meantime.
    CRM_DATA_DIR="$(mktemp -d -t crmblazor-bench.XXXXXX)"
    CRM_PG_PORT="$(crm_free_port)"
    CRM_APP_PORT="$(crm_free_port)"
    export CRM_DATA_DIR CRM_PG_PORT CRM_APP_PORT
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    crm_log "bench data in $CRM_DATA_DIR, PostgreSQL port $CRM_PG_PORT, app port $CRM_APP_PORT"

    for name in "${sections[@]}"; do
        # Section names may contain hyphens (contact-record); function names use underscores.
        "bench_section_${name//-/_}"
    done
}

main "$@"
