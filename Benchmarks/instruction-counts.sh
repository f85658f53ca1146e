#!/usr/bin/env bash
# Instruction counts of DualAD's hot paths, repeatable where wall-clock time is not:
#   bash Benchmarks/instruction-counts.sh [mode …]   (needs valgrind: apt-get install valgrind)
# Prints, per mode, the instructions executed net of start-up (each binary's `none` mode).
# InstructionCounts: Rosenbrock, tanh(Wx + b) in each mode. CustomRuleCounts: a user's rule
# against the built-in it copies, and solveRoot's derivatives against its primal solve.
set -euo pipefail
cd "$(dirname "$0")/InstructionCounts"
swift build -c release > /dev/null
bin="$(swift build -c release --show-bin-path)"
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin/$1" "$2" 2>&1 | grep -oE 'Collected : [0-9]+' | grep -oE '[0-9]+'; }
core="primal jvp fwdgrad chunkgrad revgrad primal400x4 rev400x4 primal100 chunk100"
custom="builtinJVP userJVP builtinChunk userChunk builtinRev userRev keplerPrimal keplerJVP keplerReverse keplerThroughJVP"
modes="${*:-$core $custom}"
startup=$(count InstructionCounts none)
customStartup=$(count CustomRuleCounts none)
for mode in $modes; do
    if [[ " $custom " == *" $mode "* ]]; then
        printf '%-14s %12d\n' "$mode" $(( $(count CustomRuleCounts "$mode") - customStartup ))
    else
        printf '%-14s %12d\n' "$mode" $(( $(count InstructionCounts "$mode") - startup ))
    fi
done
