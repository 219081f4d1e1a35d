#!/usr/bin/env bash
# Fetches mermaid.min.js (Mermaid 11.x, as bundled in the PyPI wheel diagram-renderer) into
# .tools/mermaid/ for the browser tests and for local HTML previews. Idempotent; prints the path.
# The file is never committed (.tools/ is git-ignored).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target_dir="$repo_root/.tools/mermaid"
target="$target_dir/mermaid.min.js"
wheel_spec="diagram-renderer==2025.9.24.103"
member="diagram_renderer/renderers/static/js/mermaid.min.js"

if [[ -s "$target" ]]; then
    echo "$target"
    exit 0
fi

download_dir="$(mktemp -d)"
trap 'rm -rf "$download_dir"' EXIT

python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$download_dir" "$wheel_spec" >&2
wheel="$(ls "$download_dir"/*.whl | head -n 1)"

mkdir -p "$target_dir"
# Extract to a temporary name first so an interrupted run never leaves a truncated file behind.
python3 - "$wheel" "$member" "$target.partial" <<'PY'
import sys, zipfile
wheel, member, out = sys.argv[1:]
with zipfile.ZipFile(wheel) as zf, open(out, "wb") as f:
    f.write(zf.read(member))
PY
mv "$target.partial" "$target"
echo "$target"
