# Shared by the npm scripts: dependencies present, a build that is current.
# shellcheck shell=bash

export NEXT_TELEMETRY_DISABLED=1

say() { printf '\n== %s\n' "$*" >&2; }
die() { echo "$*" >&2; exit 1; }

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
  apt_install chromium "Playwright drives the system browser" ||
    die "No Chromium found: install it, or set CHROMIUM_PATH to a Chromium/Chrome binary."
}

# apt_install PACKAGE WHY: installs a Debian package when we can (root, apt-get); fails otherwise.
apt_install() {
  command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ] || return 1
  say "installing $1 with apt-get ($2)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

# The socket proxy's tests run the real haproxy, and the stack test builds the proxy image
# from the host's haproxy (no registry): install it like Chromium when it is missing.
ensure_haproxy() {
  if [ -x /usr/sbin/haproxy ] || [ -x /usr/local/sbin/haproxy ]; then return 0; fi
  apt_install haproxy "the socket proxy's tests and image" ||
    die "No haproxy found: install it (the socket proxy's tests and image need it)."
}
