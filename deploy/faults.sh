#!/usr/bin/env bash
# The fault drill: starts a platform of its own, kills each part of it with kill -9 during a burst of submissions,
# and checks that nothing acknowledged was lost or done twice. Options: ./deploy/faults.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."

deploy/ensure-built.sh
exec java -cp deploy/launcher/target/launcher.jar org.ptce.launcher.FaultDrill "$@"
