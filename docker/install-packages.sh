#!/usr/bin/env bash
# Installs the Debian packages named in the given lists (one per line, '#' comments), those not yet installed.
# Used by docker/Dockerfile for the image, and by bin/setup-debian, bin/test and bin/iiif-generator, which install
# what a fresh machine lacks on first use. Quiet and quick when everything is installed. Exits 2 when packages are
# missing and cannot be installed here (not Debian/Ubuntu, or neither root nor sudo).
#   docker/install-packages.sh docker/runtime-packages.txt [more lists...]
set -euo pipefail
packages=()
for list in "$@"; do
  while read -r package _; do
    [ -n "$package" ] && [ "${package:0:1}" != "#" ] && packages+=("$package")
  done < "$list"
done
if ! command -v dpkg >/dev/null || ! command -v apt-get >/dev/null; then
  echo "Not a Debian/Ubuntu system: install these packages (or your system's equivalents) yourself: ${packages[*]}" >&2
  exit 2
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "Missing packages: ${missing[*]}. Install them as root (apt-get install ${missing[*]}), or install sudo." >&2
    exit 2
  fi
  sudo="sudo"
fi
echo "Installing the missing packages: ${missing[*]}" >&2
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
