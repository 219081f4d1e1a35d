#!/usr/bin/env bash
# make dist-check: the tarball of `make dist` on a machine that has no Swift. debootstrap builds a minimal
# Debian root (glibc, the C++ runtime, coreutils, nothing else); the tarball is copied in and unpacked
# there, and concreport measures and renders inside it with chroot. `--version` and `render` also run in an
# empty root, with no C library at all. Checked: all four output files are
# written, the processes strategy ran real worker processes, `render` of the saved results reproduces the
# post byte for byte, and the commands of docs/fleet.md work. The same --quick run outside the root is
# timed beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "dist-check: needs root (debootstrap, chroot, mount); run it with sudo" >&2; exit 1; }
for tool in debootstrap chroot mount python3; do
    command -v "$tool" >/dev/null || { echo "dist-check: $tool is missing (make setup installs it)" >&2; exit 1; }
done
arch=$(uname -m)
tarball=$(ls -t dist/concreport-*-linux-"$arch".tar.gz 2>/dev/null | head -1 || true)
[ -n "$tarball" ] || { echo "dist-check: no dist/concreport-*-linux-$arch.tar.gz; run make dist" >&2; exit 1; }
name=$(basename "$tarball" .tar.gz)

work=$(pwd)/.build/dist-check
root=$work/root
mkdir -p "$work"

unmount_all() {
    # Deepest first; lazily, so a busy mount cannot keep the host's /dev or /sys inside the root.
    { findmnt -rn -o TARGET | grep -F "$work/" || true; } | sort -r | while read -r target; do umount -l "$target" || true; done
}
trap unmount_all EXIT
unmount_all

if [ ! -e "$root/.complete" ]; then
    rm -rf --one-file-system "$root"
    mkdir -p "$root"
    . /etc/os-release
    mirror=${DIST_CHECK_MIRROR:-$(awk '/^URIs:/ {print $2; exit} /^deb / {print $2; exit}' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | head -1)}
    echo "dist-check: debootstrap --variant=minbase $VERSION_CODENAME from ${mirror:-the default mirror}" >&2
    debootstrap --variant=minbase "$VERSION_CODENAME" "$root" ${mirror:+"$mirror"} >"$work/debootstrap.log" 2>&1 || {
        tail -20 "$work/debootstrap.log" >&2; echo "dist-check: debootstrap failed (log: $work/debootstrap.log)" >&2; exit 1; }
    touch "$root/.complete"
fi
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"

inside() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 /bin/sh -c "cd /root && $1"; }
fail() { echo "dist-check: $*" >&2; exit 1; }

# The root is the bare machine: no Swift, no cmark-gfm.
inside '! command -v swift && ! ls /usr/lib/swift* /usr/lib/*/libcmark* /usr/lib/*/libFoundation* 2>/dev/null' \
    || fail "the root is not bare: it has Swift or cmark-gfm"

rm -rf --one-file-system "$root/root/$name" "$root/root/out" "$root/root/rendered.md" "$work/outside"
cp "$tarball" "$root/root/"
inside "tar -xzf $name.tar.gz" || fail "the tarball did not unpack inside the root"

# An empty root, not even a shell or a C library: static executables need nothing from it but the kernel's
# /proc (the Swift runtime finds itself through /proc/self).
empty=$work/empty
rm -rf --one-file-system "$empty"
mkdir -p "$empty/proc"
tar -xzf "$tarball" -C "$empty"
mount -t proc proc "$empty/proc"
chroot "$empty" "/$name/concreport" --version >"$work/empty-version.txt" 2>&1 \
    || { cat "$work/empty-version.txt" >&2; fail "concreport --version failed in an empty root"; }
grep -q ", static)$" "$work/empty-version.txt" || fail "concreport --version in an empty root: $(cat "$work/empty-version.txt")"

# The same quick run outside the root, then inside it, each timed.
mkdir -p "$work/outside"
tar -xzf "$tarball" -C "$work/outside"
start=$(date +%s%N)
"$work/outside/$name/concreport" --quick --label outside --out "$work/outside/out" 2>"$work/outside.log" \
    || { tail -5 "$work/outside.log" >&2; fail "the packaged binary failed outside the root"; }
outside_ms=$(( ($(date +%s%N) - start) / 1000000 ))
start=$(date +%s%N)
inside "./$name/concreport --quick --label chroot --out out/" 2>"$work/inside.log" \
    || { tail -5 "$work/inside.log" >&2; fail "the packaged binary failed inside the root"; }
inside_ms=$(( ($(date +%s%N) - start) / 1000000 ))

for file in post.md post.html results.json trace.json; do
    [ -s "$root/root/out/$file" ] || fail "out/$file was not written inside the root"
done
inside "./$name/concreport render out/results.json > rendered.md" || fail "render failed inside the root"
cmp -s "$root/root/out/post.md" "$root/root/rendered.md" || fail "render out/results.json differs from out/post.md"
cp "$root/root/out/results.json" "$empty/results.json"
chroot "$empty" "/$name/concreport" render /results.json >"$work/empty-rendered.md" 2>"$work/empty-render.log" \
    || { cat "$work/empty-render.log" >&2; fail "render failed in an empty root"; }
cmp -s "$root/root/out/post.md" "$work/empty-rendered.md" || fail "render in an empty root differs from out/post.md"

python3 - "$root/root/out/results.json" <<'PY' || fail "the results inside the root are not a real packaged run"
import json, sys
results = json.load(open(sys.argv[1]))
assert results["tool"].get("linking") == "static", f"linking: {results['tool'].get('linking')}"
cells = results["comparison"]["cells"]
def pids(strategy):
    return {task["pid"] for cell in cells if cell["strategy"] == strategy for run in cell["runs"] for task in run["tasks"]}
parent = pids("threads")
workers = pids("processes")
assert len(parent) == 1, f"threads ran in {len(parent)} processes"
assert workers and not (workers & parent), "the processes strategy ran no separate worker processes"
print(f"dist-check: processes strategy ran in {len(workers)} worker processes beside concreport (pid {parent.pop()})")
PY

# docs/fleet.md's commands: the tarball it names, and a diff of the two machines, also as a gate.
grep -qF "tar -xzf $name.tar.gz" docs/fleet.md || fail "docs/fleet.md does not name $name.tar.gz"
cp "$root/root/out/results.json" "$work/chroot.json"
"$work/outside/$name/concreport" diff "$work/outside/out/results.json" "$work/chroot.json" >"$work/diff.md" \
    || fail "diff of the two runs failed"
grep -q "| outside | chroot |" "$work/diff.md" || fail "the diff's columns are not headed by the labels"
status=0
"$work/outside/$name/concreport" diff --fail-above 20 "$work/outside/out/results.json" "$work/chroot.json" >/dev/null 2>&1 || status=$?
case $status in
    0) gate="no flagged slowdown above 20 %" ;;
    1) gate="a flagged slowdown above 20 % inside the root (see the diff)" ;;
    *) fail "diff --fail-above exited $status" ;;
esac
ratio=$(awk -v a="$inside_ms" -v b="$outside_ms" 'BEGIN { printf "%.3f", a / b }')
echo "dist-check: passed; --quick took $outside_ms ms outside the root and $inside_ms ms inside (×$ratio; goal ≤ 1.10); diff --fail-above 20: $gate; $work/diff.md" >&2
