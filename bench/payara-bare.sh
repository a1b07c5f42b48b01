#!/usr/bin/env bash
# The baseline of P8 (issue 18): a bare Payara Micro of the project's version (from ~/.m2), no
# application, from process start to its first HTTP answer of any status; then it is stopped.
# Usage: bench/payara-bare.sh [extra java options…]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml")
jar="$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar"
port=$((20000 + RANDOM % 10000))
log=$(mktemp -p "${TMPDIR:-/tmp}" payara-bare.XXXX.log)
start=$(date +%s.%N)
java "$@" -jar "$jar" --disablephonehome --nocluster --port "$port" \
  --prebootcommandfile "$root/bench/loopback-preboot.txt" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" != 000 ]; do
  kill -0 $pid 2>/dev/null || { cat "$log" >&2; echo "payara micro exited" >&2; exit 1; }
  sleep 0.1
done
printf 'first_answer_seconds=%.1f\n' "$(echo "$(date +%s.%N) - $start" | bc)"
