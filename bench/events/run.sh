#!/usr/bin/env bash
# Events ingestion benchmark (issue 6): sustained, durable POST /v2/events on SQLite and on PostgreSQL, with nginx
# answering 200 to the very same POSTs in the same run as the reference. wrk on loopback posts batches of 100 events
# (events.lua); an event counts only when its request was answered 200, i.e. after its commit. The rows in the
# database are counted before and after each measured run as a cross-check. Writes bench/results/<date>-events.md and
# prints it. See README.md. Stops everything it started when it ends, however it ends.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

DUET_PORT="${DUET_PORT:-18090}"
NGINX_PORT="${NGINX_PORT:-18091}"
PG_PORT="${PG_PORT:-18432}"
WARMUP="${WARMUP:-5s}"
DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
DATABASES="${DATABASES:-sqlite postgres}"
KEEP_LOGS="${KEEP_LOGS:-}" # a folder to copy Duet's logs into before the work folder is removed
export BATCH="${BATCH:-100}"
export VISITORS="${VISITORS:-200000}"

have() { command -v "$1" >/dev/null 2>&1; }
say() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"

if ! have wrk || ! have nginx || ! have curl || ! have python3 || ! have psql || [ -z "$pg_bin" ]; then
  say "Installing wrk, nginx, curl, python3 and postgresql from Debian"
  apt-get update -qq && apt-get install -y -qq wrk nginx curl python3 postgresql >/dev/null
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi

work="$(mktemp -d /tmp/duet-events-bench.XXXXXX)"
chmod 755 "$work"
pids=()
pg_data=""
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  if [ -n "$pg_data" ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true; fi
  if [ -n "${KEEP_LOGS:-}" ]; then mkdir -p "$KEEP_LOGS" && cp "$work"/duet-*.log "$KEEP_LOGS"/ 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in "$DUET_PORT" "$NGINX_PORT" "$PG_PORT"; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then
    say "Port $port is already in use; set DUET_PORT / NGINX_PORT / PG_PORT"; exit 1
  fi
done

source scripts/jdk.sh
./duet --version >/dev/null # builds target/duet.jar first if the sources are newer, outside the timed part
started=$(date +%s)

start_postgres() {
  # everything PostgreSQL writes lives in a folder its user owns (initdb and postgres refuse to run as root)
  mkdir -p "$work/pg"
  chown postgres "$work/pg"
  pg_data="$work/pg/data"
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >/dev/null
  # PostgreSQL's defaults otherwise, fsync and synchronous_commit on: a commit is on disk when it returns
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg/log" -w \
    -o "-p $PG_PORT -k $work/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" start >/dev/null
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE duet" >/dev/null
}

count_events() { # database url -> rows in events
  case "$1" in
    sqlite) python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM events').fetchone()[0])" "$2" ;;
    postgres) psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d duet -tAc "SELECT COUNT(*) FROM events" ;;
  esac
}

backlog() { # database url -> events acknowledged but not yet derived
  local sql="SELECT COALESCE(SUM(events), 0) FROM event_batches WHERE derived_at IS NULL"
  case "$1" in
    sqlite) python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$2" "$sql" ;;
    postgres) psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d duet -tAc "$sql" ;;
  esac
}

ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
seconds() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /ms$/) n /= 1000; else if (v ~ /m$/) n *= 60; printf "%.3f", n }'; }
warm() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s bench/events/events.lua "$1" >/dev/null; }
load() { # label url -> "requests/s p50 p99 non2xx requests seconds accepted-events"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s bench/events/events.lua --latency "$2" >"$work/wrk-$1.txt"
  local rps p50 p99 non2xx requests secs accepted
  rps="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$work/wrk-$1.txt")"
  p50="$(ms "$(awk '$1 == "50%" { print $2 }' "$work/wrk-$1.txt")")"
  p99="$(ms "$(awk '$1 == "99%" { print $2 }' "$work/wrk-$1.txt")")"
  non2xx="$(awk '/Non-2xx/ { print $NF }' "$work/wrk-$1.txt")"
  requests="$(awk '/requests in/ { print $1 }' "$work/wrk-$1.txt")"
  secs="$(seconds "$(awk '/requests in/ { sub(/,$/, "", $4); print $4 }' "$work/wrk-$1.txt")")"
  accepted="$(awk '/^Accepted events:/ { print $3 }' "$work/wrk-$1.txt")"
  echo "$rps $p50 $p99 ${non2xx:-0} $requests $secs ${accepted:-0}"
}

export DUET_PASSWORD="bench-$(date +%s%N)"
declare -A result stored caught_up
for db in $DATABASES; do
  data="$work/data-$db"
  case "$db" in
    sqlite) url="jdbc:sqlite:$data/duet.db"; target="$data/duet.db" ;;
    postgres) start_postgres; url="jdbc:postgresql://127.0.0.1:$PG_PORT/duet?user=postgres"; target="" ;;
    *) say "unknown database $db"; exit 1 ;;
  esac
  ./duet user create --data-dir "$data" --database-url "$url" --email bench@example.com --name Bench >/dev/null
  say "Starting Duet on $db, port $DUET_PORT"
  ./duet start --data-dir "$data" --database-url "$url" --port "$DUET_PORT" >"$work/duet-$db.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  duet="http://127.0.0.1:$DUET_PORT"
  for _ in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$duet/api/auth/me")" != "000" ] && break
    kill -0 "$pid" 2>/dev/null || { say "Duet stopped:"; tail -20 "$work/duet-$db.log" >&2; exit 1; }
    sleep 0.5
  done
  read -r EVENTS_TOKEN STORY_IDS < <(python3 bench/events/setup.py "$duet" bench@example.com "$DUET_PASSWORD")
  export EVENTS_TOKEN STORY_IDS
  probe="$(curl -s -H 'Content-Type: application/json' "$duet/v2/events?token=$EVENTS_TOKEN" \
    -d "{\"events\": [{\"type\": \"view\", \"visitor\": \"probe\", \"story_id\": ${STORY_IDS%%,*}}]}")"
  [ "$probe" = '{"accepted":1,"rejected":[]}' ] || { say "the probe event was answered $probe"; exit 1; }

  say "wrk on $db: $THREADS threads, $CONNECTIONS connections, batches of $BATCH, $WARMUP warm-up then $DURATION"
  warm "$duet"
  rows_before="$(count_events "$db" "${target:-}")"
  result[$db]="$(load "duet-$db" "$duet")"
  rows_after="$(count_events "$db" "${target:-}")"
  stored[$db]=$(( rows_after - rows_before ))
  # derivation runs behind acknowledgement: how long until every acknowledged event is in the rollups
  load_end=$(date +%s.%N)
  for _ in $(seq 1 1200); do
    [ "$(backlog "$db" "${target:-}")" = "0" ] && break
    sleep 0.5
  done
  caught_up[$db]="$(awk -v a="$load_end" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pids=("${pids[@]/$pid}")
done

mkdir -p "$work/nginx-temp"
cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  tcp_nodelay on;
  keepalive_requests 1000000;
  client_max_body_size 2m;
  client_body_temp_path $work/nginx-temp/body;
  proxy_temp_path $work/nginx-temp/proxy;
  fastcgi_temp_path $work/nginx-temp/fastcgi;
  uwsgi_temp_path $work/nginx-temp/uwsgi;
  scgi_temp_path $work/nginx-temp/scgi;
  default_type application/json;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = /v2/events { return 200 '{"accepted":$BATCH,"rejected":[]}'; }
  }
}
NGINX
say "Starting nginx on port $NGINX_PORT, answering 200 to the same POSTs"
nginx -p "$work" -e "$work/nginx-error.log" -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 1 40); do
  curl -s -o /dev/null -X POST "http://127.0.0.1:$NGINX_PORT/v2/events" && break
  sleep 0.25
done
say "wrk on nginx"
warm "http://127.0.0.1:$NGINX_PORT"
result[nginx]="$(load nginx "http://127.0.0.1:$NGINX_PORT")"

events_per_s() { # "rps p50 p99 non2xx requests seconds accepted" -> acknowledged events a second
  read -r _ _ _ _ _ secs accepted <<<"$1"
  awk -v a="$accepted" -v s="$secs" 'BEGIN { printf "%.0f", a / s }'
}
mkdir -p bench/results
results="bench/results/$(date +%Y-%m-%d-%H%M)-events.md"
read -r n_rps n_p50 n_p99 n_non n_req n_secs _ <<<"${result[nginx]}"
n_events="$(events_per_s "${result[nginx]}")"
{
  echo "# Events ingestion benchmark, $(date -u +'%Y-%m-%d %H:%M UTC')"
  echo
  echo "wrk $THREADS threads, $CONNECTIONS connections, $WARMUP warm-up, $DURATION measured, loopback; each request a JSON batch of $BATCH"
  echo "events (bench/events/events.lua: views, clicks, exposures, conversions, custom events of $VISITORS visitors over 20 stories)."
  echo "An event counts when the 200 answer to its request says it was accepted (wrk sums \"accepted\"), which Duet answers only after the commit holding it."
  echo "Rollups, visitor sketches and experiment data are derived from committed batches afterwards; the last columns say"
  echo "how long after the measured run every acknowledged event was derived, and the derivation rate that implies."
  echo "Reference: nginx answering 200 to the same POSTs (it reads and discards the body) in the same run."
  echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ { print $2 }') GiB;" \
    "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1); PostgreSQL $("$pg_bin/postgres" --version | awk '{ print $3 }');" \
    "Duet commit $(git rev-parse --short HEAD)."
  echo
  echo "| server | requests/s | events/s acknowledged | rows stored in the measured run | non-2xx | p50 ms | p99 ms | Duet / nginx events/s | target ≥ 50k events/s | derived s after the run | events/s derived (run + catch-up) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|"
  for db in $DATABASES; do
    read -r rps p50 p99 non req secs _ <<<"${result[$db]}"
    ev="$(events_per_s "${result[$db]}")"
    verdict="$(awk -v e="$ev" 'BEGIN { print (e >= 50000) ? "met" : "MISSED (" sprintf("%.0f", 100 * e / 50000) " %)" }')"
    derived="$(awk -v n="${stored[$db]}" -v s="$secs" -v c="${caught_up[$db]}" 'BEGIN { printf "%.0f", n / (s + c) }')"
    echo "| Duet on $db | $rps | $ev | ${stored[$db]} | $non | $p50 | $p99 | $(awk -v a="$ev" -v b="$n_events" 'BEGIN { printf "%.2f %%", 100 * a / b }') | $verdict | ${caught_up[$db]} | $derived |"
  done
  echo "| nginx (stores nothing) | $n_rps | $n_events | – | $n_non | $n_p50 | $n_p99 | 100 % | | | |"
  echo
  echo "Load average (1, 5, 15 min) at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every run)."
  echo "Whole run: $(( $(date +%s) - started )) s."
} >"$results"
cat "$results"
say "Written to $results"
