#!/usr/bin/env bash
# Type-checks each file of Tests/TypeCheckShapes/ (the shapes of user code in
# Sources/DualAD/DualAD.docc/TypeChecking.md) against the debug build of DualAD and prints,
# per file, the slowest expression's type-check time or the compiler's first error.
#
#   bash Scripts/typecheck-shapes.sh              # all shapes
#   bash Scripts/typecheck-shapes.sh 06 11        # the shapes whose names start so
#
# 14-generic-polynomial.swift is expected to fail: a 13-term polynomial with float literals
# generic over a protocol is beyond Swift's solver whatever the library (see the article).
set -uo pipefail
cd "$(dirname "$0")/.."
swift build --target DualAD > /dev/null || exit 1
modules="$(swift build --target DualAD --show-bin-path)/Modules"
shopt -s nullglob
files=()
if [ $# -eq 0 ]; then files=(Tests/TypeCheckShapes/*.swift); else for p in "$@"; do files+=(Tests/TypeCheckShapes/"$p"*.swift); done; fi
for f in "${files[@]}"; do
    out=$(timeout 120 swiftc -swift-version 6 -typecheck -I "$modules" \
        -Xfrontend -debug-time-expression-type-checking -Xfrontend -warn-long-expression-type-checking=1 "$f" 2>&1)
    rc=$?
    slowest=$(printf '%s\n' "$out" | grep -oE '^[0-9]+\.[0-9]+ms' | sed 's/ms//' | sort -rn | head -1)
    error=$(printf '%s\n' "$out" | grep -m1 'error:' | sed 's/.*error: //' | cut -c1-90)
    [ $rc -eq 124 ] && error="timed out after 120 s"
    printf '%-40s %10s ms  %s\n' "$(basename "$f")" "${slowest:-—}" "$error"
done
