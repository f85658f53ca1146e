#!/usr/bin/env python3
"""Lists every reference from a file of one folder of Sources/DualAD to a declaration in
another folder, and checks that each goes down the layer order:

    Scalar → Forward → Vector → Sparse → Reverse → Checking → Drivers

(a file may use only what its own folder or a folder before it declares).

    python3 Scripts/layers.py            # the edges, grouped by folder pair; exit 1 on an upward one
    python3 Scripts/layers.py --summary  # one line per folder pair

How it reads the code (a text scan, not a compiler): comments and string literals are dropped;
a declaration is a type, a free function, a global constant, or a function or type declared
one level inside a type or extension; a name declared in more than one folder (a protocol
requirement and its implementations, say `evaluate`) is left out, since a text scan cannot
tell which one a use means; a reference is any later use of a name declared in exactly one
folder.
"""
import pathlib
import re
import sys

LAYERS = ["Scalar", "Forward", "Vector", "Sparse", "Reverse", "Checking", "Drivers"]
ROOT = pathlib.Path(__file__).resolve().parent.parent / "Sources" / "DualAD"

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
DECL = re.compile(r"\b(struct|enum|protocol|class|typealias|actor|func|let|var)\s+([A-Za-z_][A-Za-z0-9_]*)")


def strip(text):
    """The code without comments and string literals (their contents become spaces)."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            i = n if j < 0 else j + 3
            out.append('""')
        elif text[i] == '"':
            j = i + 1
            while j < n and text[j] != '"' and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            out.append('""')
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


# Method names that the standard library also declares: a use of `.append(` is far more likely
# the standard library's than a DualAD type's, so these are not counted as references.
STANDARD_METHODS = {"append", "combine", "deallocate", "initialize", "deinitialize", "update",
                    "map", "reduce", "filter", "contains", "index", "min", "max", "reserveCapacity"}


def declarations(code):
    """(name, is_function) for names declared at depth 0 (any kind) or depth 1 (functions and
    types only)."""
    names, depth = {}, 0
    for line in code.split("\n"):
        for m in DECL.finditer(line):
            kind, name = m.groups()
            if depth == 0 or (depth == 1 and kind not in ("let", "var")):
                if kind == "func" and depth == 1 and name in STANDARD_METHODS:
                    continue
                names[name] = kind == "func"
        depth += line.count("{") - line.count("}")
    return names


def uses(code, name, is_function):
    """Whether `code` uses `name`: a function only where it is called (`name(` or `.name(`,
    not `Swift.name(`), anything else as a whole word."""
    if is_function:
        return re.search(r"(?<![\w.])" + name + r"\s*(?:<[^<>()]*>)?\(|(?<![\w.]Swift)\." + name + r"\(", code) is not None
    return re.search(r"(?<![\w.])" + name + r"\b", code) is not None


def main():
    files = sorted(ROOT.rglob("*.swift"))
    unknown = sorted({f.relative_to(ROOT).parts[0] for f in files} - set(LAYERS))
    if unknown:
        print(f"folders not in the layer order: {', '.join(unknown)}")
        return 1
    code = {f: strip(f.read_text()) for f in files}
    folder = {f: f.relative_to(ROOT).parts[0] for f in files}
    declared_in, is_function = {}, {}
    for f in files:
        for name, function in declarations(code[f]).items():
            declared_in.setdefault(name, set()).add(f)
            is_function[name] = is_function.get(name, True) and function
    unique = {name: fs for name, fs in declared_in.items()
              if len({folder[g] for g in fs}) == 1}

    edges = {}   # (from folder, to folder) -> set of "file → file (names)"
    for f in files:
        used = {}
        for name in set(IDENT.findall(code[f])) & unique.keys():
            if not uses(code[f], name, is_function[name]):
                continue
            for g in unique[name]:
                if folder[g] != folder[f]:
                    used.setdefault(g, set()).add(name)
        for g, names in used.items():
            key = (folder[f], folder[g])
            edges.setdefault(key, []).append(
                f"{f.relative_to(ROOT)} → {g.relative_to(ROOT)} ({', '.join(sorted(names))})")

    upward = 0
    summary = "--summary" in sys.argv
    for (a, b) in sorted(edges, key=lambda k: (LAYERS.index(k[0]), LAYERS.index(k[1]))):
        direction = "down" if LAYERS.index(b) < LAYERS.index(a) else "UP"
        cyclic = (b, a) in edges
        if direction == "UP":
            upward += len(edges[(a, b)])
        tag = direction + (", cycle" if cyclic else "")
        print(f"{a} → {b}: {len(edges[(a, b)])} file references [{tag}]")
        if not summary:
            for line in sorted(edges[(a, b)]):
                print(f"    {line}")
    print(f"\n{upward} upward reference(s) across folders; layer order: {' → '.join(LAYERS)}")
    return 1 if upward else 0


if __name__ == "__main__":
    sys.exit(main())
