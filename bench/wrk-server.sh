# Sourced by the wrk scripts: starts custos.jar on 18090 with a fresh data folder and JFR (recording
# from 20 s on, dumped by dump_profile), waits until ready, and makes the fixture of ReadLoad
# (TOKEN, STORE, CUSTOMER: a tenant whose admin is in an MFA session, a store, 61 customers).
# Needs $label, and the working directory at the repository's root.
rm -rf /tmp/load-$label; mkdir -p /tmp/load-$label
CUSTOS_DATA_DIR=/tmp/load-$label CUSTOS_JWT_TTL_SECONDS=3600 java -XX:StartFlightRecording=filename=${OUT:-/tmp}/$label.jfr,settings=profile,delay=20s \
  -jar modules/app/target/custos.jar --port 18090 > ${OUT:-/tmp}/$label.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -sf http://127.0.0.1:18090/health/ready >/dev/null && break; sleep 1; done
eval "$(java -cp modules/bench/target/benchmarks.jar io.custos.bench.ReadLoad http://127.0.0.1:18090 "$(cat /tmp/load-$label/operator-token)" fixture)"

dump_profile() {
  jcmd $pid JFR.dump name=1 filename=${OUT:-/tmp}/$label.jfr >/dev/null || true
}
