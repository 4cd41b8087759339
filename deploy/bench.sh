#!/usr/bin/env bash
# The benchmark of the deadline rush: starts a platform of its own, submits a burst of dossiers through the HTTP API
# and prints each path's throughput, latencies and every process's memory. Run on purpose; options: --help
set -euo pipefail
cd "$(dirname "$0")/.."

deploy/ensure-built.sh
exec java -cp deploy/launcher/target/launcher.jar org.ptce.launcher.Benchmark "$@"
