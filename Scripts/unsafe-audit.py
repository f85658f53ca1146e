#!/usr/bin/env python3
"""Lists every use of unsafe API in Sources/DualAD — `Unsafe…` types and calls, `unsafe…`
initializers, `assumingMemoryBound`, `Unmanaged`, `unsafeBitCast`, `@unchecked Sendable`,
`nonisolated(unsafe)` — and fails unless each has a one-line justification in a comment
(`Safety:` or `@unchecked`) on its line or within the four lines before or after it.

    python3 Scripts/unsafe-audit.py      # the list; exit 1 on an unjustified site
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "Sources" / "DualAD"
UNSAFE = re.compile(r"\bwithUnsafe\w*|\bunsafeUninitializedCapacity\b|\bassumingMemoryBound\b|\bUnmanaged\b|"
                    r"\bunsafeBitCast\b|@unchecked\s+Sendable|nonisolated\(unsafe\)|\bUnsafe\w*Pointer\b\s*[.<(]?\s*(allocate|<[^>]*>\.allocate)|"
                    r"\.allocate\(capacity")
JUSTIFIED = re.compile(r"//.*(Safety:|@unchecked)|///.*(`@unchecked Sendable`|@unchecked)")

sites, missing = 0, []
for path in sorted(ROOT.rglob("*.swift")):
    lines = path.read_text().splitlines()
    for i, line in enumerate(lines):
        code = line.split("//")[0]
        if not UNSAFE.search(code):
            continue
        sites += 1
        window = lines[max(0, i - 4): i + 5]
        ok = any(JUSTIFIED.search(w) for w in window)
        where = f"{path.relative_to(ROOT.parent.parent)}:{i + 1}"
        print(f"{'ok  ' if ok else 'MISSING'} {where}: {code.strip()[:100]}")
        if not ok:
            missing.append(where)
print(f"{sites} unsafe sites, {len(missing)} without a justification")
sys.exit(1 if missing else 0)
