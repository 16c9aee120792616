# Shared by the npm scripts: dependencies present, a build that is current.
# shellcheck shell=bash

export NEXT_TELEMETRY_DISABLED=1

say() { printf '\n== %s\n' "$*" >&2; }

ensure_node_modules() {
  if [ ! -x node_modules/.bin/next ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm dependencies (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

# Rebuild only when a source file is newer than the last build.
ensure_build() {
  if [ -f .next/BUILD_ID ] && [ -z "$(find app components lib public next.config.js package-lock.json proxy.ts instrumentation.ts \
      -newer .next/BUILD_ID -type f 2>/dev/null | head -n 1)" ]; then
    return 0
  fi
  say "building the app (next build)"
  ./node_modules/.bin/next build
}

ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return 0; fi
  if [ -x /usr/bin/chromium ]; then return 0; fi
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    say "installing chromium with apt-get (Playwright drives the system browser)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "No Chromium found: install it, or set CHROMIUM_PATH to a Chromium/Chrome binary." >&2
    exit 1
  fi
}
