#!/usr/bin/env bash
# P8 of issue 18: restart of custos.jar on an existing data dir to /health/ready (bench/startup.sh)
# against a bare Payara Micro of the same version to its first HTTP answer (bench/payara-bare.sh),
# interleaved round by round so that the machine's drift hits both; prints every run, the medians
# and the median of the per-round ratios. More than one jar: each is measured in every round; a jar
# written JAR::OPTIONS gets those java options (space-separated) in addition to the ones after --.
# Usage: bench/startup-vs-bare.sh <existing-data-dir> <rounds> [custos.jar[::options] …] [-- java options]
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
data=$1; rounds=$2; shift 2
jars=(); while [ $# -gt 0 ] && [ "$1" != -- ]; do jars+=("$1"); shift; done
[ "${1:-}" = -- ] && shift
[ ${#jars[@]} -gt 0 ] || jars=("$bench/../modules/app/target/custos.jar")
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
out=$(mktemp -d)
for round in $(seq 1 "$rounds"); do
  bare=$("$bench/payara-bare.sh" | sed 's/.*=//'); echo "$bare" >>"$out/bare"
  line="round $round: bare ${bare}s"
  for i in "${!jars[@]}"; do
    jar=${jars[$i]%%::*}; options=(); [[ ${jars[$i]} == *::* ]] && read -ra options <<<"${jars[$i]#*::}"
    ready=$(CUSTOS_JAR="$(realpath "$jar")" "$bench/startup.sh" "$data" "$@" "${options[@]}" \
      | sed 's/ready_seconds=\([0-9.]*\).*/\1/')
    echo "$ready" >>"$out/jar$i"; echo "$ready $bare" | awk '{print $1/$2}' >>"$out/ratio$i"
    line="$line, jar$i ${ready}s"
  done
  echo "$line"
done
echo "median bare: $(median <"$out/bare") s"
for i in "${!jars[@]}"; do
  echo "jar$i ${jars[$i]}: median ready $(median <"$out/jar$i") s, median ratio to bare $(median <"$out/ratio$i")"
done
rm -rf "$out"
