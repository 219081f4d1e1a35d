#!/usr/bin/env bash
# make dist: one tarball to copy to any Linux machine of this architecture. It holds concreport and the
# worker executable it starts beside itself; glibc, the C++ runtime, the Swift runtime, Foundation, cmark-gfm
# and the templates are inside them (Package.swift `staticInRelease` and `cmarkLinking`, Makefile `release`,
# Plugins/EmbedBuildFacts). They need no library from the system; this script refuses a build that does.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release
# These two only: the release build also holds a test program (concreport-faulty-worker), never shipped.
for exe in concreport concreport-worker; do
    [ -x "$bin/$exe" ] || { echo "dist: $bin/$exe is missing; run make release" >&2; exit 1; }
done

linking=$("$bin/concreport" --version)
case "$linking" in
    *", static)") ;;
    *) echo "dist: $bin/concreport is not statically linked: $linking" >&2; exit 1 ;;
esac
# Both are static executables (Package.swift `staticInRelease`): no interpreter, no library to load.
for exe in concreport concreport-worker; do
    if readelf -l "$bin/$exe" | grep -q INTERP || readelf -d "$bin/$exe" | grep -q NEEDED; then
        echo "dist: $bin/$exe is not a static executable" >&2; exit 1
    fi
done

version=$("$bin/concreport" --version | cut -d' ' -f1)
name="concreport-$version-linux-$(uname -m)"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
# Symbols are for debuggers; the copied binaries only need to run (this halves them).
strip -o "$stage/$name/concreport" "$bin/concreport"
strip -o "$stage/$name/concreport-worker" "$bin/concreport-worker"
mkdir -p dist
# Reproducible: sorted names, no owner, a fixed time.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$stage" -czf "dist/$name.tar.gz.tmp" "$name"
mv "dist/$name.tar.gz.tmp" "dist/$name.tar.gz"
size=$(du -k "dist/$name.tar.gz" | cut -f1)
echo "dist/$name.tar.gz: $((size / 1024)).$(( (size % 1024) * 10 / 1024 )) MiB; static, needs no library from the system" >&2
