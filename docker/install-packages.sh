#!/usr/bin/env bash
# Installs the Debian packages named in the given lists (one per line, '#' comments), those not yet installed.
# Used by docker/Dockerfile for the image and by bin/setup-debian for development and CI machines.
#   docker/install-packages.sh docker/runtime-packages.txt [more lists...]
set -euo pipefail
packages=()
for list in "$@"; do
  while read -r package _; do
    [ -n "$package" ] && [ "${package:0:1}" != "#" ] && packages+=("$package")
  done < "$list"
done
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
