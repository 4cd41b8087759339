#!/usr/bin/env bash
# Starts the whole platform on this machine (the embedded default): builds it first when the sources changed since the
# last build, then runs the launcher. Options are the launcher's: ./deploy/run.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."

deploy/ensure-built.sh
exec java -jar deploy/launcher/target/launcher.jar "$@"
