#!/usr/bin/env bash
# A local Citus cluster for Askwell: a coordinator and two workers, each a private PostgreSQL cluster
# (initdb + pg_ctl) on its own loopback port, with trust auth on loopback. Builds Citus from the vendored
# source first when the server has no citus.so. Nothing here is used by the app; see docs/scaling.md.
#
#   tools/citus/cluster.sh up       build Citus if needed, create/start the three nodes, register the workers
#   tools/citus/cluster.sh status   each node's state; exit 0 when all three run and the workers are registered
#   tools/citus/cluster.sh down     stop the nodes and remove the cluster folder
#
# Environment (all optional):
#   CITUS_DIR          cluster folder                       /tmp/askwell-citus
#   CITUS_PORTS        coordinator, worker 1, worker 2      "9700 9701 9702"
#   CITUS_DATABASE     database that gets the extension     postgres
#   CITUS_VENDOR_DIR   Citus source tarball + patch         <repo>/../shared/vendor/citus
#   PG_CONFIG          which PostgreSQL to build for/run    pg_config on PATH
#
# The coordinator's URL: postgres://postgres@127.0.0.1:9700/postgres
set -Eeuo pipefail

CITUS_VERSION=13.2.2
STEP="read the settings (CITUS_DIR, CITUS_PORTS, CITUS_DATABASE)"
on_error() {
  local rc=$?
  printf 'cluster.sh: FAILED at step: %s (exit %s)\n' "$STEP" "$rc" >&2
  exit "$rc"
}
trap on_error ERR
die() {
  printf 'cluster.sh: FAILED at step: %s\n  %s\n' "$STEP" "$*" >&2
  exit 1
}
say() { printf 'cluster.sh: %s\n' "$*"; }

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(git -C "$script_dir" rev-parse --show-toplevel 2>/dev/null || (cd "$script_dir/../.." && pwd))"
VENDOR_DIR="${CITUS_VENDOR_DIR:-$repo_root/../shared/vendor/citus}"
CLUSTER_DIR="${CITUS_DIR:-/tmp/askwell-citus}"
read -r -a PORTS <<<"${CITUS_PORTS:-9700 9701 9702}"
DATABASE="${CITUS_DATABASE:-postgres}"
NODES=(coordinator worker1 worker2)
MARKER=".askwell-citus"

[ "${#PORTS[@]}" -eq 3 ] || die "CITUS_PORTS must hold three ports (coordinator, worker 1, worker 2), got '${PORTS[*]}'"
for p in "${PORTS[@]}"; do
  if ! [[ "$p" =~ ^[0-9]+$ ]] || [ "$p" -lt 1024 ] || [ "$p" -gt 65535 ]; then
    die "not a port number (1024-65535) in CITUS_PORTS: '$p'"
  fi
done
[[ "$DATABASE" =~ ^[a-z_][a-z0-9_]*$ ]] || die "CITUS_DATABASE must be a plain lower-case identifier, got '$DATABASE'"

PG_CONFIG="${PG_CONFIG:-$(command -v pg_config || true)}"

# initdb and the server refuse to run as root: as root, run them as `postgres`.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_bin() {
  [ -n "$PG_CONFIG" ] || die "no pg_config on PATH: apt-get install postgresql (or set PG_CONFIG)"
  local bindir
  bindir="$("$PG_CONFIG" --bindir)"
  # Debian's /usr/bin/pg_config (libpq-dev) may report /usr/bin; the server binaries live per version.
  if [ ! -x "$bindir/initdb" ]; then
    local major
    major="$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')"
    bindir="/usr/lib/postgresql/$major/bin"
  fi
  [ -x "$bindir/$1" ] || die "$1 not found in $bindir: apt-get install postgresql"
  printf '%s/%s' "$bindir" "$1"
}

pg_major() { "$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/'; }

psql_node() {
  # psql_node PORT DATABASE SQL…: as the postgres superuser over loopback TCP (trust); stops at the first error.
  local port="$1" db="$2"
  shift 2
  PGOPTIONS='-c client_min_messages=warning' "$(pg_bin psql)" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$db" "$@"
}

node_dir() { printf '%s/%s' "$CLUSTER_DIR" "$1"; }

node_running() { as_server_user "$(pg_bin pg_ctl)" -D "$(node_dir "$1")/data" status >/dev/null 2>&1; }

# ---------------------------------------------------------------------------------------------- build

citus_installed() {
  [ -f "$("$PG_CONFIG" --pkglibdir)/citus.so" ] && [ -f "$("$PG_CONFIG" --sharedir)/extension/citus.control" ]
}

install_build_packages() {
  local major wanted=() pkg
  major="$(pg_major)"
  for pkg in "postgresql-server-dev-$major" libzstd-dev liblz4-dev libkrb5-dev gcc make patch; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || wanted+=("$pkg")
  done
  [ "${#wanted[@]}" -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || die "building Citus needs these Debian packages: ${wanted[*]} (run as root, or apt-get install them)"
  say "installing build packages: ${wanted[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${wanted[@]}" >/dev/null 2>&1 || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${wanted[@]}"
  }
}

build_citus() {
  STEP="check the Citus source in $VENDOR_DIR"
  local tarball="$VENDOR_DIR/citus-$CITUS_VERSION.tar.gz" patch_file="$VENDOR_DIR/citus-pg15.20.patch"
  [ -f "$tarball" ] || die "no $tarball (set CITUS_VENDOR_DIR to the folder holding citus-$CITUS_VERSION.tar.gz)"

  STEP="install the Debian packages the Citus build needs"
  install_build_packages
  # With the server headers installed, pg_config is the server's (it knows PGXS); prefer it.
  local server_pg_config
  server_pg_config="/usr/lib/postgresql/$(pg_major)/bin/pg_config"
  [ -x "$server_pg_config" ] && PG_CONFIG="$server_pg_config"

  local build_dir log started
  build_dir="$(mktemp -d /tmp/askwell-citus-build.XXXXXX)"
  log="$build_dir/build.log"
  started=$(date +%s)
  say "building Citus $CITUS_VERSION in $build_dir (log: $log)"

  STEP="unpack $tarball"
  tar -xzf "$tarball" -C "$build_dir"
  local src="$build_dir/citus-$CITUS_VERSION"
  [ -d "$src" ] || die "the tarball did not unpack to citus-$CITUS_VERSION/"

  if [ -f "$patch_file" ]; then
    STEP="apply $patch_file"
    (cd "$src" && patch -p1 <"$patch_file") >>"$log" 2>&1 || die "patch failed; see $log"
  fi

  STEP="configure Citus (log: $log)"
  (cd "$src" && ./configure --without-libcurl PG_CONFIG="$PG_CONFIG") >>"$log" 2>&1 || {
    tail -n 30 "$log" >&2
    die "configure failed; see $log"
  }
  STEP="compile Citus (log: $log)"
  (cd "$src" && make -j"$(nproc)") >>"$log" 2>&1 || {
    tail -n 30 "$log" >&2
    die "make failed; see $log"
  }
  STEP="install Citus into $("$PG_CONFIG" --pkglibdir) (log: $log)"
  if [ -w "$("$PG_CONFIG" --pkglibdir)" ]; then
    (cd "$src" && make install) >>"$log" 2>&1 || {
      tail -n 30 "$log" >&2
      die "make install failed; see $log"
    }
  else
    die "cannot write to $("$PG_CONFIG" --pkglibdir): run as root to install Citus"
  fi
  citus_installed || die "make install finished but citus.so / citus.control are still missing"
  say "built and installed Citus $CITUS_VERSION in $(($(date +%s) - started)) s"
  rm -rf "$build_dir"
}

# ---------------------------------------------------------------------------------------------- nodes

port_of() {
  local i
  for i in "${!NODES[@]}"; do
    if [ "${NODES[$i]}" = "$1" ]; then
      printf '%s' "${PORTS[$i]}"
      return 0
    fi
  done
  die "unknown node $1"
}

port_answers() { "$(pg_bin pg_isready)" -h 127.0.0.1 -p "$1" -q -t 2; }

prepare_cluster_dir() {
  STEP="create the cluster folder $CLUSTER_DIR"
  if [ -e "$CLUSTER_DIR" ] && [ ! -f "$CLUSTER_DIR/$MARKER" ]; then
    [ -z "$(ls -A "$CLUSTER_DIR" 2>/dev/null)" ] || die "$CLUSTER_DIR exists and is not an askwell Citus cluster (no $MARKER); choose another CITUS_DIR"
  fi
  mkdir -p "$CLUSTER_DIR"
  touch "$CLUSTER_DIR/$MARKER"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$CLUSTER_DIR"; fi
}

init_node() {
  local node="$1" port dir
  port="$(port_of "$node")"
  dir="$(node_dir "$node")"
  [ -f "$dir/data/PG_VERSION" ] && return 0
  STEP="initdb $node ($dir/data)"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
  as_server_user "$(pg_bin initdb)" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    die "initdb failed for $node; see $dir/initdb.log"
  }
  STEP="configure $node"
  # Each node listens on loopback only, with its socket in its own folder (no clash with the machine's server).
  as_server_user tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF

# --- askwell Citus node: $node (tools/citus/cluster.sh) ---
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
shared_preload_libraries = 'citus'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
# Which database each line is about (one per spec file in the test suite; tools/citus/suite-report.ts reads it).
log_line_prefix = '%m [%p] %q[%d] %e '
EOF
}

start_node() {
  local node="$1" port dir
  port="$(port_of "$node")"
  dir="$(node_dir "$node")"
  if node_running "$node"; then
    say "$node already running on port $port"
    return 0
  fi
  STEP="start $node on port $port"
  if port_answers "$port"; then
    die "port $port is taken by another server; stop it or set CITUS_PORTS"
  fi
  as_server_user "$(pg_bin pg_ctl)" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null || {
    tail -n 20 "$dir/server.log" >&2 || true
    die "pg_ctl start failed for $node; see $dir/server.log"
  }
  say "$node started on port $port"
}

create_extension() {
  local node="$1" port
  port="$(port_of "$node")"
  if [ "$DATABASE" != postgres ]; then
    STEP="create database $DATABASE on $node"
    if [ -z "$(psql_node "$port" postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]; then
      psql_node "$port" postgres -c "CREATE DATABASE $DATABASE"
    fi
  fi
  STEP="CREATE EXTENSION citus in $DATABASE on $node"
  psql_node "$port" "$DATABASE" -c "CREATE EXTENSION IF NOT EXISTS citus"
}

register_workers() {
  local coord_port="${PORTS[0]}" i port
  STEP="citus_set_coordinator_host on the coordinator"
  psql_node "$coord_port" "$DATABASE" -c "SELECT citus_set_coordinator_host('127.0.0.1', $coord_port)" >/dev/null
  for i in 1 2; do
    port="${PORTS[$i]}"
    STEP="citus_add_node for ${NODES[$i]} (127.0.0.1:$port)"
    if [ -z "$(psql_node "$coord_port" "$DATABASE" -c "SELECT 1 FROM pg_dist_node WHERE nodename = '127.0.0.1' AND nodeport = $port")" ]; then
      psql_node "$coord_port" "$DATABASE" -c "SELECT citus_add_node('127.0.0.1', $port)" >/dev/null
      say "registered ${NODES[$i]} (127.0.0.1:$port)"
    fi
  done
}

cmd_up() {
  local started
  started=$(date +%s)
  STEP="find PostgreSQL (pg_config)"
  [ -n "$PG_CONFIG" ] || die "no pg_config on PATH: apt-get install postgresql (or set PG_CONFIG)"
  if ! citus_installed; then
    build_citus
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    die "running as root needs a 'postgres' user to run the servers"
  fi
  prepare_cluster_dir
  local node
  for node in "${NODES[@]}"; do
    init_node "$node"
    start_node "$node"
  done
  for node in "${NODES[@]}"; do create_extension "$node"; done
  register_workers
  STEP="check the cluster"
  local version workers
  version="$(psql_node "${PORTS[0]}" "$DATABASE" -c "SELECT extversion FROM pg_extension WHERE extname = 'citus'")"
  workers="$(psql_node "${PORTS[0]}" "$DATABASE" -c "SELECT count(*) FROM citus_get_active_worker_nodes()")"
  [ "$workers" = 2 ] || die "the coordinator sees $workers active workers, expected 2"
  say "up in $(($(date +%s) - started)) s: Citus $version, coordinator postgres://postgres@127.0.0.1:${PORTS[0]}/$DATABASE, workers ${PORTS[1]} ${PORTS[2]}"
}

cmd_status() {
  STEP="status"
  local ok=0 node port
  for node in "${NODES[@]}"; do
    port="$(port_of "$node")"
    if [ -f "$(node_dir "$node")/data/PG_VERSION" ] && node_running "$node"; then
      printf '%-12s port %-5s running\n' "$node" "$port"
    elif [ -f "$(node_dir "$node")/data/PG_VERSION" ]; then
      printf '%-12s port %-5s stopped\n' "$node" "$port"
      ok=1
    else
      printf '%-12s port %-5s absent (no %s)\n' "$node" "$port" "$(node_dir "$node")/data"
      ok=1
    fi
  done
  if [ "$ok" -eq 0 ]; then
    local version nodes
    version="$(psql_node "${PORTS[0]}" "$DATABASE" -c "SELECT extversion FROM pg_extension WHERE extname = 'citus'" 2>/dev/null || true)"
    nodes="$(psql_node "${PORTS[0]}" "$DATABASE" -F ' ' -c "SELECT nodename || ':' || nodeport || ' ' || noderole || CASE WHEN groupid = 0 THEN ' (coordinator)' ELSE '' END || CASE WHEN isactive THEN '' ELSE ' INACTIVE' END FROM pg_dist_node ORDER BY groupid" 2>/dev/null || true)"
    printf 'citus %s in database %s; pg_dist_node:\n' "${version:-(not created)}" "$DATABASE"
    if [ -n "$nodes" ]; then sed 's/^/  /' <<<"$nodes"; fi
    # The coordinator and two workers.
    if [ -z "$version" ] || [ "$(grep -c . <<<"$nodes")" -lt 3 ]; then ok=1; fi
  fi
  return "$ok"
}

cmd_down() {
  local node
  if [ ! -d "$CLUSTER_DIR" ]; then
    say "nothing to tear down ($CLUSTER_DIR does not exist)"
    return 0
  fi
  STEP="check $CLUSTER_DIR is an askwell Citus cluster"
  [ -f "$CLUSTER_DIR/$MARKER" ] || die "$CLUSTER_DIR has no $MARKER: not removing a folder this script did not create"
  for node in "${NODES[@]}"; do
    if [ -f "$(node_dir "$node")/data/PG_VERSION" ] && node_running "$node"; then
      STEP="stop $node"
      as_server_user "$(pg_bin pg_ctl)" -D "$(node_dir "$node")/data" -m fast -w -t 60 stop >/dev/null
      say "$node stopped"
    fi
  done
  STEP="remove $CLUSTER_DIR"
  rm -rf "$CLUSTER_DIR"
  say "removed $CLUSTER_DIR"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status)
    # Like pg_ctl status: 3 when the cluster is not (all) up; not an error of this script.
    if cmd_status; then exit 0; else exit 3; fi
    ;;
  *)
    printf 'usage: %s up|down|status\n' "$0" >&2
    exit 2
    ;;
esac
