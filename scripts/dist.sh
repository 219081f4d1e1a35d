#!/usr/bin/env bash
# make dist: one tarball to copy to any Linux machine of this architecture. It holds concreport and the
# worker executable it starts beside itself; the Swift runtime, Foundation, cmark-gfm and the templates are
# inside them (Makefile `release`, Package.swift `cmarkLinking`, Plugins/EmbedBuildFacts). What they still
# need from the system is glibc and the C++ runtime; this script refuses a build that needs more.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release
for exe in concreport concreport-worker; do
    [ -x "$bin/$exe" ] || { echo "dist: $bin/$exe is missing; run make release" >&2; exit 1; }
done

linking=$("$bin/concreport" --version)
case "$linking" in
    *", static)") ;;
    *) echo "dist: $bin/concreport is not statically linked: $linking" >&2; exit 1 ;;
esac
# Only these may come from the system (glibc's libraries, the C++ runtime, the kernel's vDSO).
allowed='^(linux-vdso|libc|libm|libdl|libpthread|librt|libstdc\+\+|libgcc_s|ld-linux[-a-z0-9_]*)\.so'
extra=$(ldd "$bin/concreport" | awk '{print $1}' | sed 's|.*/||' | grep -Ev "$allowed" || true)
[ -z "$extra" ] || { echo "dist: concreport needs shared libraries a bare machine lacks: $extra" >&2; exit 1; }
# The worker is one static executable (Package.swift `staticWorkerInRelease`): it loads no library at all.
if readelf -d "$bin/concreport-worker" | grep -q NEEDED; then
    echo "dist: $bin/concreport-worker is not a static executable" >&2; exit 1
fi

version=$("$bin/concreport" --version | cut -d' ' -f1)
name="concreport-$version-linux-$(uname -m)"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
# Symbols are for debuggers; the copied binaries only need to run (this halves them).
strip -o "$stage/$name/concreport" "$bin/concreport"
strip -o "$stage/$name/concreport-worker" "$bin/concreport-worker"
glibc=$(scripts/min-glibc.sh "$stage/$name/concreport" "$stage/$name/concreport-worker")
grep -q "glibc $glibc or newer" README.md || {
    echo "dist: the binaries need glibc $glibc or newer, which is not what README.md says; correct the README" >&2; exit 1; }
mkdir -p dist
# Reproducible: sorted names, no owner, a fixed time.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$stage" -czf "dist/$name.tar.gz.tmp" "$name"
mv "dist/$name.tar.gz.tmp" "dist/$name.tar.gz"
size=$(du -k "dist/$name.tar.gz" | cut -f1)
echo "dist/$name.tar.gz: $((size / 1024)).$(( (size % 1024) * 10 / 1024 )) MiB; needs glibc $glibc or newer and libstdc++" >&2
