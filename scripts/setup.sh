#!/usr/bin/env bash
# Installs what concreport needs on Debian/Ubuntu: cmark-gfm (build), Chromium (tests render every
# Mermaid chart in a real browser), Jekyll with kramdown's GFM parser (a test builds the post as a blog
# would), debootstrap (`make dist-check` builds a bare Debian root). Skips apt when everything is already
# there.
set -euo pipefail
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev chromium jekyll ruby-kramdown-parser-gfm debootstrap)
missing=()
for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift (6.0 or newer) is not on PATH; install it from swift.org" >&2; exit 1; }
