#!/usr/bin/env bash
# Start-to-ready of custos.jar: starts it on a loopback port, polls /health/ready every 0.1 s,
# prints the seconds until ready and the resident memory of the server process, then stops it.
# Usage: bench/startup.sh [data-dir] [extra java options…]   (an empty data dir = first start)
# CUSTOS_JAR=… measures another build of custos.jar. The HTTP listener binds loopback only.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
jar="${CUSTOS_JAR:-$bench/../modules/app/target/custos.jar}"
data="${1:-$(mktemp -d -p "$HOME" custos-bench.XXXX)}"; shift || true
port=$((20000 + RANDOM % 10000))
start=$(date +%s.%N)
CUSTOS_DATA_DIR="$data" java "$@" -jar "$jar" --port "$port" \
  --prebootcommandfile "$bench/loopback-preboot.txt" >"$data.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  kill -0 $pid 2>/dev/null || { echo "server exited; see $data.log" >&2; exit 1; }
  sleep 0.1
done
ready=$(date +%s.%N)
java_rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
db_pid=$(pgrep -f "mariadbd.*$data" | head -1 || true)
db_rss=$([ -n "$db_pid" ] && awk '/VmRSS/ {print $2}' /proc/$db_pid/status || echo 0)
printf 'ready_seconds=%.1f java_rss_mb=%d embedded_db_rss_mb=%d data=%s\n' \
  "$(echo "$ready - $start" | bc)" $((java_rss / 1024)) $((db_rss / 1024)) "$data"
