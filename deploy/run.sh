#!/usr/bin/env bash
# Starts the whole platform on this machine (the embedded default): builds it first when the sources changed since the
# last build, then runs the launcher. Options are the launcher's: ./deploy/run.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."

launcher=deploy/launcher/target/launcher.jar
if [[ ! -f "$launcher" ]] || [[ -n "$(find pom.xml services deploy bpmn -newer "$launcher" -type f \
      -not -path '*/target/*' -not -name '*.md' -print -quit)" ]]; then
  echo "Building the platform (./mvnw -DskipTests package)…"
  ./mvnw -B -q -DskipTests package
fi
exec java -jar "$launcher" "$@"
