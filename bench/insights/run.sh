#!/usr/bin/env bash
# Insights benchmark (issue 6): 10 million events (90 days, 200 stories) derived into the rollups of a fresh SQLite
# and a fresh embedded PostgreSQL, then each insights query timed (median and p95) against a plain SELECT COUNT(*)
# over the same rollup table in the same run. Writes bench/results/<date>-insights.md and prints it. See README.md.
# Smaller runs: EVENTS=1000000 DAYS=30 RUNS=5 bench/insights/run.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

EVENTS="${EVENTS:-10000000}"
DAYS="${DAYS:-90}"
STORIES="${STORIES:-200}"
RUNS="${RUNS:-7}"
# DATABASES=SQLITE (or POSTGRES) times one database only

say() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

source scripts/jdk.sh
work="$(mktemp -d /tmp/duet-insights-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

say "Compiling (main and test classes) and resolving the test classpath"
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath" >/dev/null

mkdir -p bench/results
out="bench/results/$(date -u +%Y-%m-%d)-insights.md"
say "Loading and timing; this takes a few minutes on two cores"
{
  echo "# Insights query latency, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "Duet $(git rev-parse --abbrev-ref HEAD) $(git rev-parse --short HEAD), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1),"
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), produced by bench/insights/run.sh."
  echo
} > "$work/head.md"
"$JAVA_HOME/bin/java" -Xmx1g -Ddatabases="${DATABASES:-SQLITE,POSTGRES}" -Devents="$EVENTS" -Ddays="$DAYS" -Dstories="$STORIES" -Druns="$RUNS" \
  -cp "target/classes:target/test-classes:$(cat "$work/classpath")" \
  dev.duet.analytics.InsightsBenchmark "$work/body.md" 2>&1 >/dev/null | grep --line-buffered -v -i 'warn\|slf4j' >&2 || true
[ -s "$work/body.md" ] || { say "the benchmark wrote no results"; exit 1; }
cat "$work/head.md" "$work/body.md" > "$out"
cat "$out"
say "Wrote $out"
