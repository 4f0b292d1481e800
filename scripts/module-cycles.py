#!/usr/bin/env python3
"""The dependency graph among the crate's top-level modules, and its cycles.

    python3 scripts/module-cycles.py [SRC_DIR]

A top-level module is a file `src/NAME.rs` or a folder `src/NAME/` (lib.rs and main.rs are
the crate's root, not modules). There is an edge A -> B when code in A names `crate::B`:
in a path, in a `use crate::B…` or `use crate::{B, …}` tree, through enough `super::` to
climb out of A (`super::super::B` from `src/A/x.rs`), or through a name the crate's root
re-exports from B (`crate::Kind` for `input::Kind`). Comments (doc links included), string
and character literals are not read, nor items under `#[cfg(test)]` (a `mod tests { … }` or a
`mod tests;` file). Prints every edge with up to six of the paths that make it, then (on
standard error) every cycle, each strongly connected component of more than one module; exits 1
when there is one.
"""
import collections
import os
import sys


def tokens(src):
    """The identifiers and punctuation of Rust source, without comments and literals."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif src.startswith('//', i):
            j = src.find('\n', i)
            i = n if j < 0 else j
        elif src.startswith('/*', i):
            depth, i = 1, i + 2
            while i < n and depth:
                if src.startswith('/*', i):
                    depth, i = depth + 1, i + 2
                elif src.startswith('*/', i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif c in 'rb' and raw_string_start(src, i):
            i = skip_raw_string(src, i)
        elif c == 'b' and src.startswith("b'", i):
            i = skip_quoted(src, i + 1, "'")
        elif c == 'b' and src.startswith('b"', i):
            i = skip_quoted(src, i + 1, '"')
        elif c == '"':
            i = skip_quoted(src, i, '"')
        elif c == "'":
            # A character literal ('a', '\n', '\u{2019}') or a lifetime ('a, 'static).
            if i + 1 < n and src[i + 1] == '\\':
                i = skip_quoted(src, i, "'")
            elif i + 2 < n and src[i + 2] == "'":
                i += 3
            elif i + 1 < n and not (src[i + 1].isalnum() or src[i + 1] == '_'):
                i = skip_quoted(src, i, "'")
            else:
                j = i + 1
                while j < n and (src[j].isalnum() or src[j] == '_'):
                    j += 1
                if j < n and src[j] == "'":  # a one-character literal such as 'é'
                    j += 1
                i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < n and (src[j].isalnum() or src[j] == '_'):
                j += 1
            out.append(src[i:j])
            i = j
        elif src.startswith('::', i):
            out.append('::')
            i += 2
        else:
            out.append(c)
            i += 1
    return out


def raw_string_start(src, i):
    j = i + 1 if src[i] == 'r' else (i + 2 if src.startswith('br', i) else -1)
    if j < 0 or (i > 0 and (src[i - 1].isalnum() or src[i - 1] == '_')):
        return False
    while j < len(src) and src[j] == '#':
        j += 1
    return j < len(src) and src[j] == '"'


def skip_raw_string(src, i):
    j = src.index('r', i) + 1
    hashes = 0
    while src[j] == '#':
        hashes, j = hashes + 1, j + 1
    end = src.find('"' + '#' * hashes, j + 1)
    return len(src) if end < 0 else end + 1 + hashes


def skip_quoted(src, i, quote):
    j = i + 1
    while j < len(src):
        if src[j] == '\\':
            j += 2
        elif src[j] == quote:
            return j + 1
        else:
            j += 1
    return j


def without_tests(toks):
    """The tokens without items under `#[cfg(test)]`, and the names of `mod NAME;` test files."""
    out, test_files = [], []
    i = 0
    while i < len(toks):
        if toks[i:i + 7] == ['#', '[', 'cfg', '(', 'test', ')', ']']:
            i += 7
            while i < len(toks) and toks[i] == '#':  # further attributes on the same item
                i = skip_group(toks, i + 1)
            j = i
            while j < len(toks) and toks[j] in ('pub', '(', 'crate', 'super', ')'):
                j += 1
            if toks[j:j + 1] == ['mod'] and toks[j + 2:j + 3] == [';']:
                test_files.append(toks[j + 1])
                i = j + 3
                continue
            depth = 0
            while i < len(toks):
                t = toks[i]
                i += 1
                if t in '([{':
                    depth += 1
                elif t in ')]}':
                    depth -= 1
                    if depth == 0 and t == '}':
                        break
                elif t == ';' and depth == 0:
                    break
            continue
        out.append(toks[i])
        i += 1
    return out, test_files


def skip_group(toks, i):
    """The index after the bracketed group that starts at toks[i]."""
    depth = 0
    while i < len(toks):
        t = toks[i]
        i += 1
        if t in '([{':
            depth += 1
        elif t in ')]}':
            depth -= 1
            if depth == 0:
                return i
    return i


def use_tree_heads(toks, i):
    """The first names of the paths in the `{…}` use tree that starts at toks[i]."""
    heads, depth, expect = [], 0, True
    while i < len(toks):
        t = toks[i]
        i += 1
        if t == '{':
            depth += 1
            expect = depth == 1
        elif t == '}':
            depth -= 1
            if depth == 0:
                break
        elif t == ',' and depth == 1:
            expect = True
        elif expect and depth == 1:
            if t[0].isalpha() or t[0] == '_':
                if i + 1 < len(toks) and toks[i] == '::' and toks[i + 1][:1].isalpha():
                    t += '::' + toks[i + 1]
                heads.append(t)
            expect = False
    return heads


def references(toks, path):
    """Every `crate::…` path the tokens name, read from a file at module path `path`."""
    found = []
    scope = list(path)  # the module path, with inline `mod NAME { … }` blocks pushed on it
    opened = []  # for each open brace, whether it opened an inline module
    for i, t in enumerate(toks):
        if t == '{':
            inline = i >= 2 and toks[i - 2] == 'mod'
            opened.append(inline)
            if inline:
                scope.append(toks[i - 1])
            continue
        if t == '}':
            if opened and opened.pop():
                scope.pop()
            continue
        if t in ('crate', 'super') and i + 1 < len(toks) and toks[i + 1] == '::':
            if i > 0 and toks[i - 1] == '::':
                continue  # the middle of a path (super::super::x) was read from its start
            if t == 'crate':
                j = i + 2
            else:
                ups, j = 0, i
                while toks[j:j + 2] == ['super', '::']:
                    ups, j = ups + 1, j + 2
                if ups < len(scope):
                    continue  # stays inside the top-level module
            if j >= len(toks):
                continue
            if toks[j] == '{':
                found.extend(use_tree_heads(toks, j))
            elif toks[j][:1].isalpha() or toks[j][:1] == '_':
                head = toks[j]
                if j + 2 < len(toks) and toks[j + 1] == '::' and toks[j + 2][:1].isalpha():
                    head += '::' + toks[j + 2]
                found.append(head)
    return found


def root_reexports(toks):
    """The names the crate's root re-exports (`pub use input::Kind;`), each to its module."""
    names, depth, i = {}, 0, 0
    while i < len(toks):
        t = toks[i]
        if t == '{':
            depth += 1
        elif t == '}':
            depth -= 1
        elif depth == 0 and t == 'use' and i > 0 and toks[i - 1] == 'pub':
            j = i + 1
            if toks[j:j + 2] == ['crate', '::']:
                j += 2
            module, end = toks[j], toks.index(';', j)
            for k in range(j + 1, end):
                leaf = toks[k][:1].isalpha() and toks[k + 1] in (',', '}', ';')
                if leaf and toks[k] != 'self':
                    names[toks[k]] = module
            i = end
        i += 1
    return names


def module_path(rel):
    parts = rel[:-3].split('/')
    if parts[-1] == 'mod':
        parts.pop()
    return parts


def graph(root):
    mods = set()
    for name in os.listdir(root):
        p = os.path.join(root, name)
        if name.endswith('.rs') and name not in ('lib.rs', 'main.rs'):
            mods.add(name[:-3])
        elif os.path.isdir(p):
            mods.add(name)
    with open(os.path.join(root, 'lib.rs'), encoding='utf-8') as fh:
        reexported = root_reexports(tokens(fh.read()))
    edges = collections.defaultdict(lambda: collections.defaultdict(set))
    skipped = set()
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for f in sorted(filenames):
            if f.endswith('.rs'):
                files.append(os.path.relpath(os.path.join(dirpath, f), root))
    for rel in files:
        if rel in ('lib.rs', 'main.rs'):
            continue
        path = module_path(rel)
        with open(os.path.join(root, rel), encoding='utf-8') as fh:
            toks, test_files = without_tests(tokens(fh.read()))
        folder = os.path.dirname(rel) if os.path.basename(rel) == 'mod.rs' else rel[:-3]
        for name in test_files:
            skipped.add(os.path.join(folder, name + '.rs'))
            skipped.add(os.path.join(folder, name, 'mod.rs'))
        if rel in skipped or any(rel.startswith(s[:-len('mod.rs')]) for s in skipped
                                 if s.endswith('/mod.rs')):
            continue
        top = path[0]
        for ref in references(toks, path):
            target = ref.split('::')[0]
            if target in reexported:  # crate::Kind, re-exported by the root from input
                target, ref = reexported[target], f'{reexported[target]}::{ref}'
            if target != top and target in mods:
                edges[top][target].add(ref)
    return mods, edges


def cycles(mods, edges):
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, {})):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in sorted(mods):
        if v not in index:
            visit(v)
    return found


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), '..', 'src')
    mods, edges = graph(root)
    for a in sorted(edges):
        for b in sorted(edges[a]):
            print(f"{a} -> {b}: {sorted(edges[a][b])[:6]}")
    found = cycles(mods, edges)
    for component in found:
        print(f"cycle among {len(component)} modules: {', '.join(component)}", file=sys.stderr)
    if found:
        sys.exit(1)
    print(f"no cycles among {len(mods)} top-level modules")


if __name__ == '__main__':
    main()
