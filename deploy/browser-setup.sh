#!/usr/bin/env bash
# Makes sure the browser the web application's tests drive is there: Debian's chromium and chromium-driver, always
# at the paths the tests name (/usr/bin/chromium, /usr/bin/chromedriver). The tests never let Selenium Manager fetch
# a browser (this project's machines reach no browser download site), so a missing browser must be installed here
# or reported loudly, never skipped. Run by the launcher's build before its integration tests; safe to run again.
set -euo pipefail

chromium=/usr/bin/chromium
chromedriver=/usr/bin/chromedriver
packages=(chromium chromium-driver)

installed() {
  [[ -x "$chromium" && -x "$chromedriver" ]]
}

if ! installed; then
  missing=()
  [[ -x "$chromium" ]] || missing+=("chromium ($chromium)")
  [[ -x "$chromedriver" ]] || missing+=("chromium-driver ($chromedriver)")
  echo "browser-setup: missing: ${missing[*]}"
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "browser-setup: apt-get update"
    apt-get update -q
    echo "browser-setup: DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"
    if ! installed; then
      echo "browser-setup: the install finished but $chromium or $chromedriver is still missing; try:" >&2
      echo "  apt-get install --reinstall -y ${packages[*]}" >&2
      exit 1
    fi
  else
    echo "browser-setup: the browser tests need Debian's chromium and chromium-driver; install them with:" >&2
    echo "  sudo apt-get install -y ${packages[*]}" >&2
    exit 1
  fi
fi

# Both report their version without starting a browser; a mismatch between them breaks every session, so say both.
echo "browser-setup: $("$chromium" --version 2>/dev/null || echo "chromium: version unknown")"
echo "browser-setup: $("$chromedriver" --version 2>/dev/null || echo "chromedriver: version unknown")"
