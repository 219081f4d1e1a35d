#!/usr/bin/env bash
# Installs what concreport needs on Debian/Ubuntu: cmark-gfm (build), Chromium (tests render every
# Mermaid chart in a real browser), Jekyll with kramdown's GFM parser (a test builds the post as a blog
# would), wrk (`make bench` checks the load generator against it), debootstrap (`make dist-check` builds a
# bare Debian root). Skips apt when everything is already there.
set -euo pipefail
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev chromium jekyll ruby-kramdown-parser-gfm wrk debootstrap)
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
# The original post's FastAPI app (measured by default when python3 is on PATH) runs in a virtual environment of its own; without python3,
# venv or the network the run still works and the post says the app was not measured.
if command -v python3 >/dev/null && [ ! -x .venv-fastapi/bin/python3 ]; then
    echo "setup: installing FastAPI, uvicorn, httpx and requests into .venv-fastapi" >&2
    if ! { python3 -m venv .venv-fastapi && .venv-fastapi/bin/pip install -q fastapi uvicorn httpx requests; } >/dev/null 2>&1; then
        echo "setup: could not install them; concreport will skip the original post's FastAPI app and say why" >&2
        rm -rf .venv-fastapi
    fi
fi
