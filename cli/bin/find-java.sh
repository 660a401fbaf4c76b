# Sourced by the custos scripts here: sets $java to a Java 21 or newer, from JAVA_HOME, the PATH or /usr/lib/jvm.
java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }
java=""
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null)" /usr/lib/jvm/*/bin/java; do
  if [ -n "$candidate" ] && [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
    java=$candidate
    break
  fi
done
if [ -z "$java" ]; then
  echo "custos: needs Java 21 or newer; none found in JAVA_HOME, on the PATH or under /usr/lib/jvm" >&2
  exit 1
fi
