#!/usr/bin/env bash
# Builds swarmnet's two images (Dockerfile, deploy/proxy/Dockerfile) on a test engine where
# no registry can be reached, and copies them to other engines:
#   scripts/image/build.sh BUILD_SOCKET [OTHER_SOCKET…]
# - The FROM images are assembled from the host's own Node.js and haproxy (rootfs.sh) and
#   imported under the names the Dockerfiles use, so `docker build` pulls nothing.
# - `npm ci` in the build reaches the npm registry through npm-proxy.mjs on the host (the
#   engine's namespace has no route out; the proxy lets through that one host only).
# - The app image is cached as a tar keyed by its inputs (SWARMNET_IMAGE_CACHE, default
#   /var/tmp/swarmnet-image-cache): an unchanged tree loads it instead of building again.
# Prints nothing on stdout; tags: swarmnet/swarmnet:test and swarmnet/socket-proxy:test.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/image/rootfs.sh

APP_IMAGE=swarmnet/swarmnet:test
PROXY_IMAGE=swarmnet/socket-proxy:test
NODE_BASE="$(sed -n 's/^ARG NODE_IMAGE=//p' Dockerfile)"
HAPROXY_BASE="$(sed -n 's/^ARG HAPROXY_IMAGE=//p' deploy/proxy/Dockerfile)"
CACHE="${SWARMNET_IMAGE_CACHE:-/var/tmp/swarmnet-image-cache}"
DOCKER_BIN="$(command -v /usr/bin/docker || command -v docker)"
export DOCKER_BUILDKIT=0

build_sock="${1:?build engine socket}"
shift
dk() { "$DOCKER_BIN" -H "unix://$build_sock" "$@"; }
log() { echo "[image] $*" >&2; }

import_base() {
  local tag="$1" maker="$2" cmd="$3" root
  dk image inspect "$tag" >/dev/null 2>&1 && return 0
  log "importing $tag from the host ($maker)"
  root="$(mktemp -d)"
  "$maker" "$root"
  tar -C "$root" -c . | dk import -c "CMD $cmd" -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' - "$tag" >/dev/null
  rm -rf "$root"
}

# What the app image is made of: the build context (as .dockerignore leaves it, roughly),
# the Dockerfile, and the Node.js it runs on.
input_key() {
  {
    node -v
    git ls-files -co --exclude-standard -- app components lib public proxy.ts instrumentation.ts \
      test next.config.js package.json package-lock.json tsconfig.json postcss.config.mjs server.mjs \
      Dockerfile .dockerignore | grep -v '\.test\.ts$' | sort | xargs sha256sum
  } | sha256sum | cut -c1-16
}

build_app() {
  local key tar proxy_pid port bind
  key="$(input_key)"
  tar="$CACHE/swarmnet-$key.tar"
  if [ -f "$tar" ]; then
    log "loading the cached app image ($key)"
    dk load -q -i "$tar" >/dev/null
    return 0
  fi
  # The host's address on the engine's network: the one the engine reaches the host by.
  bind="${SWARMNET_IMAGE_PROXY_BIND:?the host address the build engine can reach}"
  exec 3< <(node scripts/image/npm-proxy.mjs "$bind")
  proxy_pid=$!
  read -r _ port <&3
  log "building $APP_IMAGE ($key; npm through $bind:$port)"
  local start=$SECONDS
  if ! dk build -q -t "$APP_IMAGE" --build-arg "HTTPS_PROXY=http://$bind:$port" . >/dev/null; then
    kill "$proxy_pid" 2>/dev/null || true
    log "the image build failed"
    exit 1
  fi
  kill "$proxy_pid" 2>/dev/null || true
  log "built in $((SECONDS - start)) s; size $(dk image inspect -f '{{.Size}}' "$APP_IMAGE") bytes"
  mkdir -p "$CACHE"
  dk save "$APP_IMAGE" >"$tar.part" && mv "$tar.part" "$tar"
  # Keep the two newest (~150 MB each): the current tree and the one before it.
  ls -1t "$CACHE"/swarmnet-*.tar 2>/dev/null | tail -n +3 | xargs -r rm -f
}

import_base "$NODE_BASE" node_rootfs '["node"]'
import_base "$HAPROXY_BASE" haproxy_rootfs '["/usr/local/sbin/haproxy","-f","/usr/local/etc/haproxy/haproxy.cfg"]'
dk build -q -t "$PROXY_IMAGE" deploy/proxy >/dev/null
build_app

for sock in "$@"; do
  for image in "$APP_IMAGE" "$PROXY_IMAGE"; do
    want="$(dk image inspect -f '{{.Id}}' "$image")"
    have="$("$DOCKER_BIN" -H "unix://$sock" image inspect -f '{{.Id}}' "$image" 2>/dev/null || true)"
    [ "$want" = "$have" ] || dk save "$image" | "$DOCKER_BIN" -H "unix://$sock" load -q >/dev/null
  done
done
