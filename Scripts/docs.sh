#!/usr/bin/env bash
# Builds DualAD's DocC documentation with the toolchain's own docc (no package dependency):
# build the module, extract its symbol graph, then join it with the catalog
# Sources/DualAD/DualAD.docc. Any warning (an unresolved link, an ambiguous symbol) fails.
#
#   bash Scripts/docs.sh     # writes .build-docc/DualAD.doccarchive
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-docc
rm -rf "$scratch/symbol-graphs" "$scratch/DualAD.doccarchive"
mkdir -p "$scratch/symbol-graphs"
swift build --target DualAD --scratch-path "$scratch"
# The symbol graph of the built module, extracted from its .swiftmodule (so it is current even
# when the build had nothing to recompile).
bin=$(swift build --target DualAD --scratch-path "$scratch" --show-bin-path)
triple=$(swift -print-target-info | python3 -c 'import json, sys; print(json.load(sys.stdin)["target"]["triple"])')
swift-symbolgraph-extract -module-name DualAD -target "$triple" -I "$bin/Modules" \
    -minimum-access-level public -output-dir "$scratch/symbol-graphs"
docc convert Sources/DualAD/DualAD.docc \
    --additional-symbol-graph-dir "$scratch/symbol-graphs" \
    --fallback-display-name DualAD --fallback-bundle-identifier org.dualad.DualAD \
    --output-dir "$scratch/DualAD.doccarchive" --warnings-as-errors 2>&1 | tee "$scratch/docc.log"
if grep -qE "(warning|error):" "$scratch/docc.log"; then echo "DocC reported problems (above)"; exit 1; fi
echo "DocC: built $scratch/DualAD.doccarchive with no warnings"
