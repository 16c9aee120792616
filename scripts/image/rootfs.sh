# Root filesystems assembled from the host's own binaries, for `docker import`: no registry is
# reachable from the test engines, so the Dockerfiles' base images are made from what the
# host already runs (its Node.js, its haproxy) and tagged with the names the FROM lines use.
# shellcheck shell=bash

# Copies a binary and every shared library it links (ldd) into root $1, at the same paths.
copy_with_libs() {
  local root="$1" bin="$2" lib
  mkdir -p "$root$(dirname "$bin")"
  cp -L "$bin" "$root$bin"
  for lib in $(ldd "$bin" | grep -o '/[^ ]*'); do
    mkdir -p "$root$(dirname "$lib")"
    [ -e "$root$lib" ] || cp -L "$lib" "$root$lib"
  done
}

# The bits every image needs: a shell and basic tools (busybox), users, /tmp, name service.
base_layout() {
  local root="$1" app
  mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root" "$root/home"
  chmod 1777 "$root/tmp"
  cp /bin/busybox "$root/bin/busybox"
  for app in $(/bin/busybox --list); do
    [ -e "$root/bin/$app" ] || ln -s busybox "$root/bin/$app"
  done
  # Scripts start with #!/usr/bin/env (npm's do).
  mkdir -p "$root/usr/bin"
  ln -s /bin/env "$root/usr/bin/env"
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
  printf 'hosts: files dns\n' >"$root/etc/nsswitch.conf"
  # All of glibc, as a Debian slim image has it: native addons and the resolver load parts of
  # it that ldd cannot see (librt, libnss_*).
  local lib
  for lib in $(dpkg -L libc6 | grep -E '^/(usr/)?lib[^ ]*\.so[.0-9]*$'); do
    [ -f "$lib" ] || continue
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
  if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    mkdir -p "$root/etc/ssl/certs"
    cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
  fi
}

add_user() {
  local root="$1" name="$2" id="$3"
  echo "$name:x:$id:$id:$name:/home/$name:/bin/sh" >>"$root/etc/passwd"
  echo "$name:x:$id:" >>"$root/etc/group"
  mkdir -p "$root/home/$name"
  chown "$id:$id" "$root/home/$name"
}

# node:20-bookworm-slim's shape: node and npm on PATH, a `node` user (1000).
node_rootfs() {
  local root="$1" npm_dir
  base_layout "$root"
  copy_with_libs "$root" "$(readlink -f "$(command -v node)")"
  [ -e "$root/usr/bin/node" ] || { mkdir -p "$root/usr/bin"; ln -s "$(readlink -f "$(command -v node)")" "$root/usr/bin/node"; }
  npm_dir="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")"
  mkdir -p "$root/usr/local/lib/node_modules" "$root/usr/local/bin"
  cp -a "$npm_dir" "$root/usr/local/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
  # The host's CA file for npm, when its registry access needs one (npm looks for its global
  # settings in <node's prefix>/etc/npmrc: /usr/etc/npmrc here).
  local cafile
  cafile="$(npm config get cafile 2>/dev/null || true)"
  if [ -f "$cafile" ]; then
    mkdir -p "$root/usr/etc" "$root$(dirname "$cafile")"
    cp -L "$cafile" "$root$cafile"
    echo "cafile=$cafile" >"$root/usr/etc/npmrc"
  fi
  add_user "$root" node 1000
}

# haproxy:2.6's shape: /usr/local/sbin/haproxy, config in /usr/local/etc/haproxy, a haproxy user.
haproxy_rootfs() {
  local root="$1"
  base_layout "$root"
  copy_with_libs "$root" /usr/sbin/haproxy
  mkdir -p "$root/usr/local/sbin" "$root/usr/local/etc/haproxy" "$root/var/lib/haproxy"
  ln -s /usr/sbin/haproxy "$root/usr/local/sbin/haproxy"
  add_user "$root" haproxy 99
}
