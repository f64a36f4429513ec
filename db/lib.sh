# shellcheck shell=bash
# Helpers shared by db/*.sh, run.sh, test.sh and bench.sh. Source it, don't run it.
#
# A "cluster" here is a private PostgreSQL instance described by:
#   DIR   its data directory, e.g. <repo>/.data/pg
#   PORT  the TCP port it listens on, on 127.0.0.1 only
# and three siblings of DIR, all in DIR's parent directory ("base"):
#   run/         the unix socket directory, private so that we never collide with a
#                system cluster's /var/run/postgresql socket or lock files
#   pg.log       the server log
#   pg-password  the application role's password, generated at first init,
#                mode 600; .data/ is git-ignored so it never reaches the repository
#
# We deliberately never use pg_ctlcluster / the Debian "main" cluster: the app and the
# tests must behave the same on any machine, whatever the system cluster is doing.

if [[ -n "${CRM_LIB_SOURCED:-}" ]]; then
    return 0
fi
CRM_LIB_SOURCED=1

CRM_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------

# Everything informative goes to stderr so that callers can capture stdout
# (connection strings, ports, bench metrics) without noise.
crm_log() {
    printf '[crm] %s\n' "$*" >&2
}

crm_die() {
    printf '[crm] ERROR: %s\n' "$*" >&2
    exit 1
}

# ---------------------------------------------------------------------------
# Defaults shared by db/*.sh and run.sh
# ---------------------------------------------------------------------------

# Sets CRM_DATA_DIR, CRM_PG_DIR, CRM_PG_PORT, CRM_DB_NAME, CRM_DB_ROLE.
# CRM_DATA_DIR is made absolute because the server runs with "/" as its working
# directory (see crm_as_postgres) and would otherwise resolve it elsewhere.
# shellcheck disable=SC2034 # the variables are read by the scripts sourcing this file
crm_load_defaults() {
    CRM_DATA_DIR="$(crm_abs_path "${CRM_DATA_DIR:-$CRM_REPO_ROOT/.data}")"
    CRM_PG_DIR="$CRM_DATA_DIR/pg"
    CRM_PG_PORT="${CRM_PG_PORT:-55432}"
    CRM_DB_NAME="crm"
    CRM_DB_ROLE="crm"
    export CRM_DATA_DIR CRM_PG_PORT
    if ! [[ "$CRM_PG_PORT" =~ ^[0-9]+$ ]]; then
        crm_die "CRM_PG_PORT must be a number, got '$CRM_PG_PORT'"
    fi
}

crm_abs_path() {
    realpath -m -- "$1"
}

# ---------------------------------------------------------------------------
# Privileges and packages
# ---------------------------------------------------------------------------

crm_is_root() {
    [[ "$(id -u)" -eq 0 ]]
}

# initdb and pg_ctl refuse to run as root. As root we switch to the "postgres" OS
# user (created by the Debian packages); as anybody else the current user simply
# owns the cluster. "cd /" avoids "could not change directory" errors when the
# caller's working directory is not readable by postgres (e.g. /root).
crm_as_postgres() {
    if crm_is_root; then
        id postgres >/dev/null 2>&1 \
            || crm_die "OS user 'postgres' does not exist; is PostgreSQL installed?"
        command -v runuser >/dev/null 2>&1 \
            || crm_die "runuser (util-linux) not found in PATH ($PATH)"
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# Hands a path we created to whoever runs the server (no-op when not root).
crm_chown_postgres() {
    if crm_is_root; then
        chown postgres:postgres "$@"
    fi
}

crm_as_root() {
    if crm_is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -n "$@"
    else
        crm_die "need root to run: $*"
    fi
}

CRM_APT_UPDATED=""

# apt-get install without prompts. UCF_FORCE_CONFFOLD/--force-confold make the
# package keep configuration files we wrote before installing it (createcluster.conf).
# Recommended packages are skipped: for headless tests and a private cluster they
# are only download time (chromium would pull in avahi, udev, desktop helpers...).
crm_apt_install() {
    if [[ -z "$CRM_APT_UPDATED" ]]; then
        crm_log "apt-get update"
        crm_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        CRM_APT_UPDATED=1
    fi
    crm_log "apt-get install $*"
    crm_as_root env DEBIAN_FRONTEND=noninteractive UCF_FORCE_CONFFOLD=1 \
        apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "$@"
}

# ---------------------------------------------------------------------------
# PostgreSQL binaries
# ---------------------------------------------------------------------------

# Prints the bin directory of PostgreSQL 15 (what production uses), or of the
# highest installed version when 15 is absent. Returns 1 if none is installed.
crm_pg_bin() {
    if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
        echo /usr/lib/postgresql/15/bin
        return 0
    fi
    local best="" version dir
    for dir in /usr/lib/postgresql/*/bin; do
        [[ -x "$dir/initdb" ]] || continue
        version="$(basename "$(dirname "$dir")")"
        [[ "$version" =~ ^[0-9]+$ ]] || continue
        if [[ -z "$best" ]] || ((version > best)); then
            best="$version"
        fi
    done
    [[ -n "$best" ]] || return 1
    echo "/usr/lib/postgresql/$best/bin"
}

crm_ensure_postgres_installed() {
    if crm_pg_bin >/dev/null; then
        return 0
    fi
    crm_log "PostgreSQL server binaries not found; installing them"
    # Written before the package is installed so that Debian does not create and
    # start a "main" cluster on port 5432 that nobody here uses.
    crm_as_root mkdir -p /etc/postgresql-common
    printf '# Written by CrmBlazor db/lib.sh: clusters are created per project.\ncreate_main_cluster = false\n' \
        | crm_as_root tee /etc/postgresql-common/createcluster.conf >/dev/null
    if ! crm_apt_install postgresql-15; then
        crm_log "postgresql-15 unavailable, falling back to the distribution's default version"
        crm_apt_install postgresql
    fi
    crm_pg_bin >/dev/null || crm_die "PostgreSQL installation did not provide initdb"
}

# ---------------------------------------------------------------------------
# Cluster layout
# ---------------------------------------------------------------------------

crm_cluster_base() { dirname -- "$(crm_abs_path "$1")"; }
crm_cluster_run_dir() { echo "$(crm_cluster_base "$1")/run"; }
crm_cluster_log() { echo "$(crm_cluster_base "$1")/pg.log"; }
crm_cluster_password_file() { echo "$(crm_cluster_base "$1")/pg-password"; }

# The server runs as postgres, so every directory above DIR must be traversable
# by it. We fix only the base directory, which belongs to us (mktemp -d makes it
# 700); anything higher up is the user's business, so we only explain. Checked
# from / downwards so that the message names the directory that actually blocks.
crm_ensure_traversable() {
    local base path ancestors=()
    crm_is_root || return 0
    base="$(crm_cluster_base "$1")"
    path="$(dirname -- "$base")"
    while [[ "$path" != "/" ]]; do
        ancestors=("$path" "${ancestors[@]}")
        path="$(dirname -- "$path")"
    done
    for path in "${ancestors[@]}"; do
        if ! crm_as_postgres test -x "$path" 2>/dev/null; then
            crm_die "the 'postgres' OS user cannot enter $path, so it cannot reach $base; use a data directory elsewhere (CRM_DATA_DIR=...) or run: chmod o+x $path"
        fi
    done
    if ! crm_as_postgres test -x "$base" 2>/dev/null; then
        chmod o+x "$base"
    fi
}

# Prints the application role's password, generating it on first use. Only
# characters that need no escaping in a connection string or SQL literal are
# accepted, so a hand-edited file cannot break either.
crm_cluster_password() {
    local file password
    file="$(crm_cluster_password_file "$1")"
    if [[ ! -s "$file" ]]; then
        mkdir -p -- "$(dirname -- "$file")"
        (
            umask 077
            if command -v openssl >/dev/null 2>&1; then
                openssl rand -hex 16 >"$file"
            else
                python3 -c 'import secrets; print(secrets.token_hex(16))' >"$file"
            fi
        )
    fi
    chmod 600 "$file"
    password="$(tr -d '[:space:]' <"$file")"
    if ! [[ "$password" =~ ^[A-Za-z0-9._~+-]+$ ]]; then
        crm_die "$file must contain only letters, digits and . _ ~ + -"
    fi
    printf '%s\n' "$password"
}

# ---------------------------------------------------------------------------
# Cluster lifecycle
# ---------------------------------------------------------------------------

# crm_cluster_init DIR PORT [SETTING...]
# Creates the cluster if DIR has no PG_VERSION. Each SETTING is a postgresql.conf
# line (e.g. "fsync = off") appended after ours; test.sh uses that for throwaway
# clusters. Idempotent: an existing cluster is left untouched.
crm_cluster_init() {
    local dir port base run_dir log bin locale output
    dir="$(crm_abs_path "$1")"
    port="$2"
    shift 2
    if [[ -f "$dir/PG_VERSION" ]]; then
        return 0
    fi
    bin="$(crm_pg_bin)" || crm_die "PostgreSQL is not installed (crm_ensure_postgres_installed)"
    base="$(crm_cluster_base "$dir")"
    run_dir="$(crm_cluster_run_dir "$dir")"
    log="$(crm_cluster_log "$dir")"

    crm_log "creating PostgreSQL cluster in $dir"
    mkdir -p -- "$dir" "$run_dir"
    # initdb insists on 0700/0750 for the data directory.
    chmod 700 "$dir"
    chmod 755 "$run_dir"
    touch "$log"
    crm_chown_postgres "$dir" "$run_dir" "$log"
    crm_ensure_traversable "$dir"
    # Generated now so that the cluster and its password always come as a pair.
    crm_cluster_password "$dir" >/dev/null

    # C.UTF-8 gives UTF-8 character classification with byte-order collation
    # (stable, fast, no ICU surprises); plain C is the fallback on minimal images.
    locale="C"
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
        locale="C.UTF-8"
    fi
    if ! output="$(crm_as_postgres "$bin/initdb" -D "$dir" -U postgres \
        --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale="$locale" 2>&1)"; then
        printf '%s\n' "$output" >&2
        crm_die "initdb failed for $dir"
    fi

    {
        echo
        echo "# --- CrmBlazor private cluster (db/lib.sh) ---"
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $port"
        echo "unix_socket_directories = '$run_dir'"
        local setting
        for setting in "$@"; do
            echo "$setting"
        done
    } | crm_as_postgres tee -a "$dir/postgresql.conf" >/dev/null
}

# True when the server of DIR is running. pg_ctl refuses root, hence crm_as_postgres.
crm_cluster_running() {
    local dir bin
    dir="$(crm_abs_path "$1")"
    [[ -f "$dir/PG_VERSION" ]] || return 1
    bin="$(crm_pg_bin)" || return 1
    crm_as_postgres "$bin/pg_ctl" status -D "$dir" >/dev/null 2>&1
}

# True when something accepts TCP connections on 127.0.0.1:PORT.
crm_port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Prints a TCP port that was free a moment ago (the kernel picks it).
crm_free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# crm_cluster_start DIR PORT — no-op when already running on PORT.
crm_cluster_start() {
    local dir port bin log run_dir running_port
    dir="$(crm_abs_path "$1")"
    port="$2"
    [[ -f "$dir/PG_VERSION" ]] || crm_die "no PostgreSQL cluster in $dir (crm_cluster_init first)"
    bin="$(crm_pg_bin)" || crm_die "PostgreSQL is not installed"
    log="$(crm_cluster_log "$dir")"
    run_dir="$(crm_cluster_run_dir "$dir")"

    if crm_cluster_running "$dir"; then
        # Line 4 of postmaster.pid is the port the server actually listens on.
        running_port="$(sed -n 4p "$dir/postmaster.pid" 2>/dev/null || true)"
        if [[ -n "$running_port" && "$running_port" != "$port" ]]; then
            crm_die "the cluster in $dir is already running on port $running_port, not $port; stop it first (db/stop.sh)"
        fi
        return 0
    fi
    if crm_port_in_use "$port"; then
        crm_die "port $port is already used by another program; choose another one (CRM_PG_PORT=...)"
    fi

    # The socket directory and log may have been removed since init (e.g. a cleaned .data).
    mkdir -p -- "$run_dir"
    touch "$log"
    crm_chown_postgres "$run_dir" "$log"
    crm_ensure_traversable "$dir"

    crm_log "starting PostgreSQL ($dir, port $port)"
    # -p overrides postgresql.conf so that CRM_PG_PORT can change between runs.
    if ! crm_as_postgres "$bin/pg_ctl" start -D "$dir" -l "$log" -w -t 60 \
        -o "-p $port" >/dev/null; then
        tail -n 30 "$log" >&2 || true
        crm_die "PostgreSQL did not start; full log in $log"
    fi
}

# crm_cluster_stop DIR — no-op when stopped or when DIR does not exist.
crm_cluster_stop() {
    local dir bin
    dir="$(crm_abs_path "$1")"
    crm_cluster_running "$dir" || return 0
    bin="$(crm_pg_bin)"
    crm_log "stopping PostgreSQL ($dir)"
    # fast = roll back open transactions and disconnect clients now, instead of
    # waiting for them (a leftover app or test host must not block shutdown).
    crm_as_postgres "$bin/pg_ctl" stop -D "$dir" -m fast -w -t 60 >/dev/null
}

# ---------------------------------------------------------------------------
# Databases and roles
# ---------------------------------------------------------------------------

# psql as the "postgres" superuser over the private unix socket (trust auth, so
# no password exists for the superuser at all). -X ignores any ~/.psqlrc.
crm_psql_admin() {
    local dir port bin
    dir="$(crm_abs_path "$1")"
    port="$2"
    shift 2
    bin="$(crm_pg_bin)" || crm_die "PostgreSQL is not installed"
    "$bin/psql" -X -q -v ON_ERROR_STOP=1 \
        -h "$(crm_cluster_run_dir "$dir")" -p "$port" -U postgres "$@"
}

# crm_db_ensure DIR PORT DBNAME ROLE
# Creates (or repairs) login role ROLE with the cluster password and CREATEDB —
# test fixtures create their own databases — and database DBNAME owned by it.
# The password is always re-applied, so a regenerated pg-password file just works.
crm_db_ensure() {
    local dir port db role password
    dir="$1" port="$2" db="$3" role="$4"
    password="$(crm_cluster_password "$dir")"
    # Names go through psql variables and format(%I/%L), so no SQL is built by
    # string concatenation here. The password is sent on stdin, not argv, to keep
    # it out of the process list.
    crm_psql_admin "$dir" "$port" -d postgres -v db="$db" -v role="$role" <<SQL
\\set pw '$password'
SELECT format('CREATE ROLE %I LOGIN', :'role')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \\gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L', :'role', :'pw') \\gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'role')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \\gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'role') \\gexec
SQL
}

# crm_db_drop DIR PORT DBNAME — FORCE disconnects a still-running app or psql.
crm_db_drop() {
    local dir port db
    dir="$1" port="$2" db="$3"
    crm_psql_admin "$dir" "$port" -d postgres -v db="$db" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SQL
}

# crm_connection_string PORT DBNAME ROLE PASSWORD — Npgsql format.
crm_connection_string() {
    printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s\n' "$1" "$2" "$3" "$4"
}
