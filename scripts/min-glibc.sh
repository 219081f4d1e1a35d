#!/usr/bin/env bash
# Prints the oldest glibc that can run the given executables: the newest GLIBC_x.y symbol version they use.
# A static executable carries its own glibc and asks nothing of the system's, so it is left out.
set -euo pipefail
dynamic=()
for exe in "$@"; do
    if readelf -d "$exe" | grep -q NEEDED; then dynamic+=("$exe"); fi
done
[ ${#dynamic[@]} -gt 0 ] || exit 0
objdump -T "${dynamic[@]}" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -Vu | tail -1
