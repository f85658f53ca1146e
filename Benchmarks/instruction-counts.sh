#!/usr/bin/env bash
# Instruction counts of DualAD's hot paths, repeatable where wall-clock time is not:
#   bash Benchmarks/instruction-counts.sh [mode …]   (needs valgrind: apt-get install valgrind)
# Prints, per mode, the instructions executed net of start-up (each binary's `none` mode).
# InstructionCounts: Rosenbrock, tanh(Wx + b) in each mode. CustomRuleCounts: a user's rule
# against the built-in it copies, and solveRoot's derivatives against its primal solve.
# ForwardCounts (in this package, beside the timed benchmarks): every formulation of issue 16
# on Dual against a minimal hand-written dual, chunked sweeps against a minimal 8-lane dual,
# drivers against hand-written sweeps, reverse mode on both formulations
# (`bash instruction-counts.sh forward` counts all of them).
set -euo pipefail
cd "$(dirname "$0")/InstructionCounts"
swift build -c release > /dev/null
bin="$(swift build -c release --show-bin-path)"
(cd .. && swift build -c release --product ForwardCounts > /dev/null)
forwardBin="$(cd .. && swift build -c release --show-bin-path)"
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin/$1" "$2" 2>&1 | grep -oE 'Collected : [0-9]+' | grep -oE '[0-9]+'; }
countForward() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$forwardBin/ForwardCounts" "$1" 2>&1 | grep -oE 'Collected : [0-9]+' | grep -oE '[0-9]+'; }
core="primal jvp fwdgrad chunkgrad revgrad primal400x4 rev400x4 primal100 chunk100"
custom="builtinJVP userJVP builtinChunk userChunk builtinRev userRev keplerPrimal keplerJVP keplerReverse keplerThroughJVP"
forward="productPrimal productDual productMinimal powPrimal powDual powMinimal chainPrimal chainDual chainMinimal
namedPrimal namedDual namedMinimal mlpPrimal mlpDual mlpMinimal streamPrimal streamDual streamMinimal
layerPrimal layerDual layerMinimal layerVector denseProduct denseProductMinimal densePow densePowMinimal
chunkProduct chunkProductBare chunkProductMinimal chunkPow chunkPowBare chunkPowMinimal
fwdgradProduct fwdgradProductBare fwdgradPow fwdgradPowBare fwdgradMinimal fwdgradMinimalPow fwdgradPaired fwdgradPairedPow smallProductPrimal smallPowPrimal
jvpDriver jvpBare jvpDriverSmall jvpBareSmall jvpRepeatingSmall jvpUninitializedSmall jvpPreparedSmall derivativeDriver
chunk1Product chunk1Pow fwdgradMLP chunk1MLP
jacFwd jacFwdBare jacChunk jacChunkBare revProduct revPow revTerms termsPrimal revMLP revStream revVectorTape revStatementsProduct revStatementsPow revSumTermsProduct revSumTermsPow
hessianDetect hessianPlan"
forward=$(echo $forward)
args="$*"
[ "$args" = "forward" ] && args="$forward"
modes="${args:-$core $custom $forward}"
startup=$(count InstructionCounts none)
customStartup=$(count CustomRuleCounts none)
forwardStartup=$(countForward none)
for mode in $modes; do
    if [[ " $forward " == *" $mode "* ]]; then
        printf '%-22s %12d\n' "$mode" $(( $(countForward "$mode") - forwardStartup ))
    elif [[ " $custom " == *" $mode "* ]]; then
        printf '%-14s %12d\n' "$mode" $(( $(count CustomRuleCounts "$mode") - customStartup ))
    else
        printf '%-14s %12d\n' "$mode" $(( $(count InstructionCounts "$mode") - startup ))
    fi
done
