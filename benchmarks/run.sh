#!/usr/bin/env bash
# The benchmark: builds what it needs (never installs), then runs bare OkHttp, acs4j and Alibaba's
# official V1 and V2 SDKs side by side against one local server. Options go to the runner, e.g.
#   benchmarks/run.sh --rounds=3 --seconds=2     (see benchmarks/runner/.../Options.java)
#   benchmarks/run.sh --scenarios=put            (PutContact only; --scenarios=lists: the three list pages only)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl benchmarks/runner -am
exec java -cp benchmarks/harness/target/classes:benchmarks/runner/target/classes \
  io.github.acs4j.bench.runner.Driver "$@"
