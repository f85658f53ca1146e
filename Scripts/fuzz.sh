#!/usr/bin/env bash
# Fuzzes DualAD with libFuzzer (Linux): random straight-line programs decoded from bytes, every
# mode compared on each (Tests/Fuzz/FuzzTarget.swift), under AddressSanitizer.
#
#   bash Scripts/fuzz.sh [seconds]     # default 60; the corpus grows in .build-fuzz/corpus
#
# New inputs that add coverage are merged into the small kept corpus, Tests/Fuzz/Corpus/, when
# the run ends (commit them if you want the next run, and CI's, to start from them). A finding
# stops the run with the program and the disagreement, and leaves a crash-* file to replay:
#   .build-fuzz/fuzz crash-<hash>
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
mkdir -p .build-fuzz/corpus Tests/Fuzz/Corpus
# DualAD's sources and the target compiled as one module (a fuzzer build of the package through
# SwiftPM would instrument XCTest and the examples too), optimized, with ASan and libFuzzer.
if [ ! -x .build-fuzz/fuzz ] || [ -n "$(find Sources/DualAD Tests/Fuzz/FuzzTarget.swift -newer .build-fuzz/fuzz -name '*.swift' | head -1)" ]; then
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name DualADFuzz -swift-version 6 \
        -enable-experimental-feature BuiltinModule \
        $(find Sources/DualAD -name '*.swift' | sort) Tests/Fuzz/FuzzTarget.swift -o .build-fuzz/fuzz
fi
cp -n Tests/Fuzz/Corpus/* .build-fuzz/corpus/ 2>/dev/null || true
set +e
.build-fuzz/fuzz -max_total_time="$seconds" -max_len=128 -print_final_stats=1 -artifact_prefix=.build-fuzz/ \
    .build-fuzz/corpus > .build-fuzz/last-run.log 2>&1
status=$?
set -e
grep -E "^stat::|Done [0-9]+ runs|ERROR|finding|Fatal error" .build-fuzz/last-run.log || true
grep -E "^#[0-9]+" .build-fuzz/last-run.log | tail -1 || true
# Keep the kept corpus small: a set cover of everything's coverage (≈ 250 inputs, ≈ 25 KB).
rm -rf .build-fuzz/kept && mkdir -p .build-fuzz/kept
if .build-fuzz/fuzz -set_cover_merge=1 -max_len=128 .build-fuzz/kept Tests/Fuzz/Corpus .build-fuzz/corpus > .build-fuzz/merge.log 2>&1; then
    rm -f Tests/Fuzz/Corpus/* && cp .build-fuzz/kept/* Tests/Fuzz/Corpus/
fi
echo "kept corpus: $(ls Tests/Fuzz/Corpus | wc -l) inputs, $(du -sb Tests/Fuzz/Corpus | cut -f1) bytes"
exit "$status"
