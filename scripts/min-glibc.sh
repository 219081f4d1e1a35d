#!/usr/bin/env bash
# Prints the oldest glibc that can run the given executables: the newest GLIBC_x.y symbol version they use.
set -euo pipefail
objdump -T "$@" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -Vu | tail -1
