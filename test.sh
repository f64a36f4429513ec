#!/usr/bin/env bash
# Builds the solution and runs every test project (tests/*/*.csproj) against a
# throwaway PostgreSQL cluster, then prints a per-project summary ending with the
# line "Tests: N passed, N failed[, N skipped]". This is what CI runs (.ci/run).
#
# Exported to the tests:
#   CRM_TEST_DB     connection string to database crm_test; its role crm_test has
#                   CREATEDB, so fixtures create their own databases from it
#   CRM_CHROMIUM    /usr/bin/chromium, for the browser tests
#
# Installs PostgreSQL and Chromium with apt-get when missing (root or sudo needed).
# Exits non-zero if the build or any test command fails, any test fails, or no
# test ran at all.
set -euo pipefail
# shellcheck source=db/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/db/lib.sh"

CHROMIUM=/usr/bin/chromium

# Python so that the TRX (XML) is read by a real parser. Arguments: the results
# directory, then NAME=STATUS per test project where STATUS is the exit code of
# "dotnet test" or "skipped" (not run because the build failed). Prints the table
# and, last, the "Tests:" line; exits 1 if a test failed, no test ran, or a
# project that ran produced no TRX (the runner died before reporting).
summarize_trx() {
    python3 - "$@" <<'PY'
import os
import sys
import xml.etree.ElementTree as ET

results_dir, entries = sys.argv[1], sys.argv[2:]
rows, notes = [], []
totals = {"total": 0, "passed": 0, "failed": 0, "skipped": 0}
ok = True

for entry in entries:
    name, _, status = entry.rpartition("=")
    row = {"name": name, "total": "-", "passed": "-", "failed": "-", "skipped": "-"}
    trx = os.path.join(results_dir, name + ".trx")
    if status == "skipped":
        row["result"] = "not run"
    elif not os.path.isfile(trx):
        row["result"] = "NO TRX (exit %s)" % status
        notes.append("%s: dotnet test wrote no %s" % (name, trx))
        ok = False
    else:
        counters = None
        for element in ET.parse(trx).iter():
            if element.tag.rsplit("}", 1)[-1] == "Counters":
                counters = element.attrib
                break
        if counters is None:
            row["result"] = "BAD TRX"
            notes.append("%s: no <Counters> element in %s" % (name, trx))
            ok = False
        else:
            def count(key):
                return int(counters.get(key, "0") or 0)
            total = count("total")
            # error/timeout/aborted are failures in all but name.
            failed = count("failed") + count("error") + count("timeout") + count("aborted")
            passed = count("passed")
            # VSTest counts skipped tests as notExecuted (total - executed).
            skipped = count("notExecuted") if "notExecuted" in counters else max(total - count("executed"), 0)
            row.update(total=total, passed=passed, failed=failed, skipped=skipped)
            for key in totals:
                totals[key] += row[key]
            row["result"] = "ok" if failed == 0 and status == "0" else "FAILED (exit %s)" % status
            if failed:
                ok = False

    rows.append(row)

headers = ["Project", "Total", "Passed", "Failed", "Skipped", "Result"]
keys = ["name", "total", "passed", "failed", "skipped", "result"]
table = [headers] + [[str(r[k]) for k in keys] for r in rows]
widths = [max(len(line[i]) for line in table) for i in range(len(headers))]
print()
for i, line in enumerate(table):
    print("  ".join(cell.ljust(widths[j]) if j in (0, 5) else cell.rjust(widths[j])
                    for j, cell in enumerate(line)).rstrip())
    if i == 0:
        print("  ".join("-" * w for w in widths))
for note in notes:
    print("note: " + note)
if totals["passed"] + totals["failed"] == 0:
    print("note: no test was executed")
    ok = False

line = "Tests: %d passed, %d failed" % (totals["passed"], totals["failed"])
if totals["skipped"] > 0:
    line += ", %d skipped" % totals["skipped"]
print(line, flush=True)
sys.exit(0 if ok else 1)
PY
}

format_duration() {
    printf '%dm%02ds' $(($1 / 60)) $(($1 % 60))
}

main() {
    local started=$SECONDS
    cd "$CRM_REPO_ROOT"
    export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

    if ! command -v dotnet >/dev/null 2>&1; then
        crm_die "the .NET SDK ('dotnet') is not installed; install the .NET 10 SDK (version in global.json) first"
    fi
    crm_ensure_postgres_installed
    if [[ ! -x "$CHROMIUM" ]]; then
        crm_apt_install chromium
    fi
    [[ -x "$CHROMIUM" ]] || crm_die "$CHROMIUM is still missing after installing chromium"

    local projects=()
    local project
    for project in tests/*/*.csproj; do
        [[ -f "$project" ]] && projects+=("$project")
    done
    ((${#projects[@]} > 0)) || crm_die "no test project found under tests/*/"

    # Everything throwaway (cluster, TRX files) lives in one directory that the
    # EXIT trap removes, whatever way the script ends.
    work_dir="$(mktemp -d -t crmblazor-test.XXXXXX)"
    trap 'crm_cluster_stop "$work_dir/pg" || true; rm -rf -- "$work_dir"' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    local pg_port
    pg_port="$(crm_free_port)"
    # The data is thrown away at exit, so durability only costs time: without
    # fsync, creating and dropping the fixtures' databases is much faster.
    crm_cluster_init "$work_dir/pg" "$pg_port" \
        "fsync = off" "synchronous_commit = off" "full_page_writes = off" \
        "max_connections = 200"
    crm_cluster_start "$work_dir/pg" "$pg_port"
    crm_db_ensure "$work_dir/pg" "$pg_port" crm_test crm_test
    CRM_TEST_DB="$(crm_connection_string "$pg_port" crm_test crm_test \
        "$(crm_cluster_password "$work_dir/pg")")"
    CRM_CHROMIUM="$CHROMIUM"
    export CRM_TEST_DB CRM_CHROMIUM
    crm_log "PostgreSQL for tests on 127.0.0.1:$pg_port"

    local results_dir="$work_dir/results"
    local failed_commands=0 build_ok=1 status name
    local entries=()
    crm_log "dotnet build CrmBlazor.sln -c Release"
    if ! dotnet build CrmBlazor.sln -c Release -nologo; then
        build_ok=""
        failed_commands=$((failed_commands + 1))
    fi

    for project in "${projects[@]}"; do
        name="$(basename "$project" .csproj)"
        if [[ -z "$build_ok" ]]; then
            entries+=("$name=skipped")
            continue
        fi
        crm_log "dotnet test $project"
        # Every project runs even after a failure, so one report shows everything.
        status=0
        dotnet test "$project" -c Release --no-build \
            --logger "trx;LogFileName=$name.trx" \
            --results-directory "$results_dir" || status=$?
        if ((status != 0)); then
            failed_commands=$((failed_commands + 1))
        fi
        entries+=("$name=$status")
    done

    # Stopped here rather than only in the EXIT trap, whose messages would
    # otherwise come after the summary line that must end the output.
    crm_cluster_stop "$work_dir/pg"

    echo
    if [[ -z "$build_ok" ]]; then
        echo "Build FAILED: no test was run."
    elif ((failed_commands > 0)); then
        echo "$failed_commands test command(s) exited with an error."
    fi
    echo "Elapsed: $(format_duration $((SECONDS - started)))"

    # The summary's last line must stay the last line of the output: nothing is
    # printed after it.
    local summary_ok=0
    summarize_trx "$results_dir" "${entries[@]}" || summary_ok=$?
    if ((failed_commands > 0 || summary_ok != 0)); then
        exit 1
    fi
}

# Sourcing the file (e.g. to try summarize_trx on hand-made TRX files) defines the
# functions without running anything.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    main "$@"
fi
