#!/usr/bin/env bash
# Makes sure the standard tools the build checks the contracts with are there: Node.js and npm (Debian's nodejs and
# npm), then the packages pinned in deploy/lint/package-lock.json (the AsyncAPI parser, bpmnlint and Camunda's
# compatibility rules), installed from the npm registry into deploy/lint/node_modules. Run by the builds of
# services/message-catalog and services/workflow before their tests; a missing tool is installed here or reported
# loudly, never skipped. Safe to run again: it installs only when the lock file changed.
set -euo pipefail

lint="$(cd "$(dirname "$0")/lint" && pwd)"
packages=(nodejs npm)

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "lint-setup: missing: node or npm"
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "lint-setup: apt-get install -y --no-install-recommends ${packages[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"
  else
    echo "lint-setup: the contract checks need Node.js and npm; install them with:" >&2
    echo "  sudo apt-get install -y ${packages[*]}" >&2
    exit 1
  fi
fi

# The pinned packages declare Node.js 20 or newer (Debian 13's nodejs is 20; Debian 12's, 18, is too old for them).
major="$(node -p 'process.versions.node.split(".")[0]')"
if (( major < 20 )); then
  echo "lint-setup: the contract tools need Node.js 20 or newer; this machine has $(node --version)." >&2
  echo "  Debian 13 (trixie): sudo apt-get install -y ${packages[*]}; elsewhere, a Node.js 20 package." >&2
  exit 1
fi

stamp="$lint/node_modules/.installed-from-lock"
if [[ ! -f "$stamp" ]] || ! cmp -s "$lint/package-lock.json" "$stamp"; then
  echo "lint-setup: npm ci in $lint (node $(node --version), npm $(npm --version))"
  # No install scripts: none of these packages needs one, and none should run at build time.
  (cd "$lint" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
  cp "$lint/package-lock.json" "$stamp"
fi
echo "lint-setup: $(cd "$lint" && node -e 'for (const p of ["@asyncapi/parser", "bpmnlint", "bpmnlint-plugin-camunda-compat"]) process.stdout.write(p + "@" + require("./node_modules/" + p + "/package.json").version + " ")')"
