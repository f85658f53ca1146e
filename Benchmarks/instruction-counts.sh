#!/usr/bin/env bash
# Instruction counts of DualAD's hot paths, repeatable where wall-clock time is not:
#   bash Benchmarks/instruction-counts.sh      (needs valgrind: apt-get install valgrind)
# Prints, per mode, the instructions executed net of start-up (the `none` mode).
set -euo pipefail
cd "$(dirname "$0")/InstructionCounts"
swift build -c release > /dev/null
binary="$(swift build -c release --show-bin-path)/InstructionCounts"
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$1" 2>&1 | grep -oE 'Collected : [0-9]+' | grep -oE '[0-9]+'; }
startup=$(count none)
for mode in primal jvp fwdgrad chunkgrad revgrad primal400x4 rev400x4 primal100 chunk100; do
    printf '%-12s %12d\n' "$mode" $(( $(count "$mode") - startup ))
done
