#!/usr/bin/env bash
# Tells the story of one call, step by step, against the platform started by
#
#   ./deploy/run.sh --demo-timings
#
# (in another terminal; --demo-timings lets a completion time of seconds run out while you watch). A coordinator
# opens a call; four holders submit; one is asked for completions that never come; one withdraws; reviewers of RTES,
# MES and UFISC evaluate; after the deadline (40 s) the coordinator deliberates; MES rejects the list once; the
# approved list is published and every holder told. It takes about two minutes, uses the demo accounts of seeds/,
# and can be told again: each telling opens a new call.
set -euo pipefail
cd "$(dirname "$0")/.."

launcher=deploy/launcher/target/launcher.jar
if [[ ! -f "$launcher" ]]; then
  echo "Build the platform first: ./deploy/run.sh builds it, or ./mvnw -B -DskipTests package" >&2
  exit 2
fi
exec java -cp "$launcher" org.ptce.launcher.CallStory "$@"
