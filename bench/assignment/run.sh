#!/usr/bin/env bash
# JMH benchmark of experiment assignment (2- and 3-way, and FNV-1a over the visitor id alone as the reference): builds the tests with the JMH
# annotation processor (-Pbench), runs AssignmentBenchmark in one fork (3 x 2 s warm-up, 5 x 2 s measurement per
# benchmark: about a minute), then measures the CPU time per call (about 15 s), and writes bench/results/<date>-assignment.md with the machine it ran on.
# Usage: bench/assignment/run.sh   (JAVA_HOME defaults to the JDK 25 of the build machine)
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"

# a build without -Pbench may have compiled the benchmarks without JMH's generated harness: make Maven compile again
rm -rf target/test-classes/dev/duet/bench target/test-classes/META-INF/BenchmarkList
./mvnw -q -B -Pbench test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CLASSPATH="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

"$JAVA" -cp "$CLASSPATH" org.openjdk.jmh.Main 'dev.duet.bench.AssignmentBenchmark' \
  -rf text -rff target/assignment-jmh.txt | tee target/assignment-run.txt

"$JAVA" -cp "$CLASSPATH" dev.duet.bench.AssignmentCpuTime | tee target/assignment-cpu.txt

mkdir -p bench/results
out="bench/results/$(date -u +%F)-assignment.md"
{
  echo "# Assignment benchmark, $(date -u '+%F %H:%M') UTC"
  echo
  echo "\`ExperimentBlock.assign(visitor)\` for a running experiment: GrowthBook hash version 2 over the key and"
  echo "visitor id, then the bucket ranges. Target: at most 60 ns per assignment. Reproduce: \`bench/assignment/run.sh\`."
  echo
  echo "## Result (JMH, average time, one fork, 3 x 2 s warm-up, 5 x 2 s measurement)"
  echo
  echo '```'
  cat target/assignment-jmh.txt
  echo '```'
  echo
  echo "## CPU time per call (dev.duet.bench.AssignmentCpuTime: the thread's own CPU time, not affected by waiting for a core)"
  echo
  echo '```'
  cat target/assignment-cpu.txt
  echo '```'
  echo
  echo "## Machine"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') ($(nproc) cores visible, shared with other work)"
  echo "- Memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "- OS: $(uname -sr)"
  echo "- JVM: $("$JAVA" -version 2>&1 | head -1)"
  echo "- Load average when done (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg): above the core count, the"
  echo "  benchmark thread waits for a core and the wall-clock times above grow accordingly"
} > "$out"
echo "wrote $out"
