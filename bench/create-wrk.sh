#!/usr/bin/env bash
# Issue 18, P5: the audited POST /customers against the same row inserted without the decision, the
# audit entry and the creation's events (POST /bench/customers, served only by a -Pbench build), at 1
# and 16 connections, two interleaved rounds of 10 s each, with a JFR recording of the run.
# Usage: bench/create-wrk.sh <label>; needs wrk (apt-get install wrk) and the -Pbench build
# (./mvnw -Pbench install -DskipUnitTests -DskipITs). Profile: OUT/<label>.jfr, top frames with bench/jfr-top.py.
set -euo pipefail
label=$1; cd "$(dirname "$0")/.."
. bench/wrk-server.sh
body="{\"storeId\":\"$STORE\",\"givenName\":\"Lea\",\"familyName\":\"Load\",\"email\":\"lea@example.org\",\"country\":\"DE\",\"birthDate\":\"1990-04-01\",\"loyaltyPoints\":120,\"purchaseCount\":7}"
script=/tmp/load-$label/post.lua
printf 'wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\n' "'$body'" > $script
H="Authorization: Bearer $TOKEN"
A=http://127.0.0.1:18090/api/v1/customers; B=http://127.0.0.1:18090/api/v1/bench/customers
curl -sf -o /dev/null -H "$H" -H 'Content-Type: application/json' -d "$body" $B \
  || { echo "POST /bench/customers failed: only a -Pbench build serves it" >&2; exit 1; }
wrk -t1 -c1 -d5s -s $script -H "$H" $A >/dev/null; wrk -t1 -c1 -d5s -s $script -H "$H" $B >/dev/null  # warm-up
for c in 1 16; do
  t=$([ $c = 1 ] && echo 1 || echo 2)
  for round in 1 2; do
    for e in unaudited audited; do
      u=$([ $e = audited ] && echo $A || echo $B)
      wrk -t$t -c$c -d10s --latency -s $script -H "$H" $u | awk -v c=$c -v r=$round -v e=$e '/Requests\/sec/{rps=$2} /^ +50%/{p50=$2} /^ +99%/{p99=$2} /Non-2xx/{bad=$NF} END{printf "c=%s round=%s %-10s %8s req/s p50 %s p99 %s %s\n",c,r,e,rps,p50,p99,(bad?"NON-2XX "bad:"")}'
    done
  done
done
dump_profile
