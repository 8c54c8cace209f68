#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test run, so the store suite runs on a real PostgreSQL
# and nothing of it outlives the run:
#   pg-cluster.sh start DIR   initdb a cluster in DIR (new or empty), start it on a free loopback
#                             port and print its admin URL, postgresql://mizan@127.0.0.1:PORT/postgres
#   pg-cluster.sh stop DIR    stop it (fast) and remove DIR
# The server binaries are PostgreSQL's newest under /usr/lib/postgresql/*/bin (or pg_config
# --bindir); when there are none it installs Debian's `postgresql` with apt-get, as root or with
# sudo. The cluster is for tests only: trust authentication for the user `mizan` on loopback and
# its own socket folder, fsync off, UTF-8 with the C.UTF-8 locale. initdb and pg_ctl refuse to run
# as root, so as root they run as the `postgres` system user, who then owns DIR.
set -euo pipefail

usage() {
  echo "usage: $0 start DIR | stop DIR" >&2
  exit 2
}

[ $# -eq 2 ] || usage
action=$1
dir=$2
MARK=mizan-test-cluster

say() { echo "pg-cluster: $*" >&2; }

bin_dir() {
  local newest=""
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ] || continue
    if [ -z "$newest" ] || [ "$(basename "$(dirname "$candidate")")" -gt "$(basename "$(dirname "$newest")")" ] 2>/dev/null; then
      newest=$candidate
    fi
  done
  if [ -z "$newest" ] && command -v pg_config >/dev/null 2>&1; then
    local configured
    configured=$(pg_config --bindir 2>/dev/null || true)
    [ -n "$configured" ] && [ -x "$configured/initdb" ] && newest=$configured
  fi
  if [ -z "$newest" ] && command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    newest=$(dirname "$(command -v initdb)")
  fi
  echo "$newest"
}

install_postgresql() {
  if ! command -v apt-get >/dev/null 2>&1; then
    say "the tests need PostgreSQL's server (initdb, pg_ctl); install Debian's 'postgresql' package (or your system's) and run them again."
    exit 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      say "the tests need PostgreSQL's server: run as root or install 'postgresql' with apt-get."
      exit 1
    fi
  fi
  say "installing PostgreSQL (Debian's postgresql) for the tests"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

# Runs a PostgreSQL program as the user who owns the cluster: `postgres` when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$dir" && runuser -u postgres -- "$@")
  else
    (cd "$dir" && "$@")
  fi
}

free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

start() {
  if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
    say "$dir is not empty; give a new or empty folder."
    exit 1
  fi
  local bin
  bin=$(bin_dir)
  if [ -z "$bin" ]; then
    install_postgresql
    bin=$(bin_dir)
    [ -n "$bin" ] || { say "PostgreSQL was installed but its initdb and pg_ctl were not found."; exit 1; }
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  mkdir -p "$dir/socket"
  : >"$dir/$MARK"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { say "as root, initdb and pg_ctl must run as the 'postgres' system user, and there is none."; exit 1; }
    chown -R postgres: "$dir"
  fi

  as_owner "$bin/initdb" -D "$dir/data" -U mizan --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    say "initdb failed:"; cat "$dir/initdb.log" >&2; exit 1;
  }
  # Loopback and the cluster's own socket only, trusted: a test cluster, never a server.
  as_owner sh -c "cat >'$dir/data/pg_hba.conf'" <<'HBA'
local all all trust
host all all 127.0.0.1/32 trust
HBA
  as_owner sh -c "cat >>'$dir/data/postgresql.conf'" <<CONF

# mizan's test cluster (scripts/pg-cluster.sh)
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/socket'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 64MB
log_min_messages = warning
CONF

  # A port the system says is free; another process may take it before the server does, so try again.
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "-p $port" start >/dev/null 2>&1; then
      if as_owner "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 2>/dev/null || [ ! -x "$bin/pg_isready" ]; then
        echo "$port" >"$dir/port"
        echo "postgresql://mizan@127.0.0.1:$port/postgres"
        return 0
      fi
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    say "the server did not start on port $port (attempt $attempt)"
  done
  say "PostgreSQL did not start; its log:"
  cat "$dir/server.log" >&2 || true
  exit 1
}

stop() {
  [ -e "$dir" ] || return 0
  if [ ! -e "$dir/$MARK" ]; then
    say "$dir is not a cluster this script started; left as it is."
    exit 1
  fi
  dir=$(cd "$dir" && pwd)
  if [ -f "$dir/data/postmaster.pid" ]; then
    local bin
    bin=$(bin_dir)
    if [ -n "$bin" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || say "the server in $dir did not stop"
    fi
  fi
  rm -rf "$dir"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
