#!/usr/bin/env bash
# Audited customer read and a masked list page of 50 (GET /customers?limit=50&storeId=) against
# GET /permissions under wrk (1 and 16 connections, two interleaved rounds of 10 s each), with a JFR
# recording of the run. Usage: bench/read-wrk.sh <label>; needs wrk (apt-get install wrk) and the
# -Pbench build. Profile: OUT/<label>.jfr, top frames with jfr print.
set -euo pipefail
label=$1; cd "$(dirname "$0")/.."
. bench/wrk-server.sh
H="Authorization: Bearer $TOKEN"
C=http://127.0.0.1:18090/api/v1/customers/$CUSTOMER; P=http://127.0.0.1:18090/api/v1/permissions
L="http://127.0.0.1:18090/api/v1/customers?limit=50&storeId=$STORE"
wrk -t1 -c1 -d5s -H "$H" $C >/dev/null; wrk -t1 -c1 -d5s -H "$H" $P >/dev/null  # warm-up
for c in 1 16; do
  t=$([ $c = 1 ] && echo 1 || echo 2)
  for round in 1 2; do
    for e in permissions customer list; do
      u=$(case $e in customer) echo $C;; list) echo "$L";; *) echo $P;; esac)
      wrk -t$t -c$c -d10s --latency -H "$H" $u | awk -v c=$c -v r=$round -v e=$e '/Requests\/sec/{rps=$2} /^ +50%/{p50=$2} /^ +99%/{p99=$2} /Non-2xx/{bad=$NF} END{printf "c=%s round=%s %-11s %8s req/s p50 %s p99 %s %s\n",c,r,e,rps,p50,p99,(bad?"NON-2XX "bad:"")}'
    done
  done
done
dump_profile
