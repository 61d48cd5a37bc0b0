# Sourced by mvnw, deploy/run and .ci/run: makes JAVA_HOME a JDK 21 or newer.
# Keeps JAVA_HOME if it already is one; otherwise takes the newest JDK under /usr/lib/jvm
# (or under LG_JDK_SEARCH_PATH); stops with a clear message when there is none.

lg_jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

lg_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    local v; v=$(lg_jdk_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then
      return 0
    fi
  fi
  local best="" best_v=0 dir v
  for dir in ${LG_JDK_SEARCH_PATH:-/usr/lib/jvm/* /opt/java/* /opt/jdk*}; do
    [ -x "$dir/bin/javac" ] || continue
    v=$(lg_jdk_major "$dir")
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null && [ "$v" -gt "$best_v" ]; then
      best="$dir"; best_v="$v"
    fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}; searched ${LG_JDK_SEARCH_PATH:-/usr/lib/jvm, /opt})." >&2
    echo "Install one, for example: apt-get install openjdk-21-jdk-headless, or set JAVA_HOME to a JDK 21+." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  echo "Using the JDK at $JAVA_HOME (Java $best_v)" >&2
}

lg_find_jdk || exit 1
