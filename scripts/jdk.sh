# Sourced by ./duet and .ci/run: points JAVA_HOME at a JDK >= 21 (the build targets Java 21).
find_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/javac" -version 2>&1 | sed -E 's/^javac ([0-9]+).*/\1/')
    if [ "${version:-0}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}

if ! JAVA_HOME=$(find_jdk); then
  echo "Duet needs a JDK 21 or newer; set JAVA_HOME to one (Debian: apt-get install openjdk-21-jdk-headless)." >&2
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
