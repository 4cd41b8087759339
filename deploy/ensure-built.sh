#!/usr/bin/env bash
# Builds the platform (./mvnw -DskipTests package) when its sources changed since the launcher was last built; the
# scripts of deploy/ that start a platform call it first.
set -euo pipefail
cd "$(dirname "$0")/.."

launcher=deploy/launcher/target/launcher.jar
if [[ ! -f "$launcher" ]] || [[ -n "$(find pom.xml services deploy bpmn -newer "$launcher" -type f \
      -not -path '*/target/*' -not -path '*/node_modules/*' -not -name '*.md' -print -quit)" ]]; then
  echo "Building the platform (./mvnw -DskipTests package)…"
  ./mvnw -B -q -DskipTests package
fi
