"""Mutation testing of the hidden tests (``mlsc01 verify --mutants``).

Each solution region of a source notebook (the lines between ``### BEGIN SOLUTION`` and ``### END
SOLUTION``) is changed in small, plausible ways, the kind of slip a learner makes; every such *mutant* must
make some test cell of the notebook lose points. A mutant that survives is a wrong answer the tests accept.

The mutations (``KINDS``):

- ``operator``: ``+``↔``-``, ``*``↔``/``, ``//``→``/``, ``**``→``*``, ``&``↔``|``, ``and``↔``or``,
  ``==``↔``!=``, ``in``↔``not in``, ``is``↔``is not``, a ``not``/``~``/``-`` removed;
- ``boundary``: ``<``↔``<=``, ``>``↔``>=``;
- ``constant``: an integer off by one, a float threshold nudged by ±10 %, a keyword ``True``↔``False``
  (``ascending=``, ``shuffle=``, ``copy=`` …), ``keep="first"``↔``"last"`` and similar option strings
  (never tuning or plumbing arguments, ``SKIP_KWARGS``, nor the looks of a figure, ``COSMETIC_KWARGS``);
- ``statistic``: ``mean``↔``median``, ``min``↔``max``, ``idxmin``↔``idxmax``, ``argmin``↔``argmax``,
  ``any``↔``all``, ``first``↔``last``; ``ddof`` toggled (or added: ``ddof=0`` to a ``.std()``/``.var()``
  method, ``ddof=1`` to ``np.std``/``np.var``); ``axis=0``↔``axis=1``;
- ``dropped statement``: a statement that only changes something (an expression call, an augmented or
  subscript assignment, a rebinding of an existing name, an ``if`` without ``else``) replaced by ``pass``;
- ``ignored argument``: every use of a parameter that has a default replaced by the default;
- ``sorting``: ``sorted(x)``/``np.sort(x)``/``.sort_values(...)``/``.sort_index(...)`` removed,
  ``ascending=False`` added to a sort without it;
- ``copy``: ``.copy()`` removed;
- ``leak``: a ``fit``/``fit_transform``/``fit_resample`` on selected rows (``X[train]``, ``df.iloc[idx]``)
  fitted on all rows; a fit or a statistic (``mean``, ``std``, ``quantile``, ``groupby`` …) of ``train``
  computed on ``train`` and ``test`` together, when the cell also names a matching ``test`` (or ``valid``).

A mutant the tests cannot and need not catch (it changes nothing a task states) is marked *equivalent* by a
comment inside the solution region, on its line or on the comment lines just above it (the release never
shows it)::

    is_outlier = (s < lo) | (s > hi)  # equivalent-mutant: (s < lo) | (s > hi) → (s < lo) & (s > hi): <reason>

The text between ``equivalent-mutant:`` and the reason is the mutant's ``before → after`` as the report
prints it (``->`` works for ``→``). Marked mutants are not run and not counted.

Speed: a notebook is executed once in one kernel (``mlsc01.replay``); each mutant re-runs only its cell and
what depends on it, up to the first test cell that fails. At most ``max_per_cell`` mutants per solution cell are run, chosen deterministically
and spread over the kinds.
"""

from __future__ import annotations

import ast
import hashlib
import io
import re
import time
import tokenize
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .replay import SOLUTION_BEGIN, SOLUTION_END, RunResult, Session

PASS_SCORE = 0.95
DEFAULT_MAX_PER_CELL = 12
MIN_TIMEOUT_S = 10.0  # a mutant's cells are stopped after max(this, 3 × the reference's seconds + 2)
KINDS = ("operator", "boundary", "constant", "statistic", "dropped statement", "ignored argument", "sorting",
         "copy", "leak")
MARKER = re.compile(r"#\s*equivalent-mutant:\s*(.*)$")

# keyword arguments whose constants are tuning or plumbing, not the answer
SKIP_KWARGS = {"max_iter", "n_jobs", "verbose", "random_state", "seed", "tol", "n_init", "ddof", "axis"}
# ... and the looks of a figure, which no task grades
COSMETIC_KWARGS = {"figsize", "fontsize", "rotation", "shrink", "alpha", "s", "dpi", "labelsize", "pad", "linewidth",
                   "lw", "markersize", "ms", "wspace", "hspace", "width_ratios", "height_ratios", "fraction", "aspect",
                   "size", "zorder", "labelpad", "ncol", "framealpha", "edgecolor", "color", "cmap", "fmt", "anchor",
                   "bbox_to_anchor", "loc", "capsize", "elinewidth", "markeredgewidth", "width", "height"}
STRING_SWAPS = {
    "keep": {"first": "last", "last": "first"},
    "how": {"left": "inner", "inner": "left", "outer": "inner", "right": "left"},
    "method": {"pearson": "spearman", "spearman": "pearson", "average": "min", "ffill": "bfill", "bfill": "ffill"},
    "side": {"left": "right", "right": "left"},
    "closed": {"left": "right", "right": "left"},
    "inclusive": {"both": "neither", "neither": "both", "left": "right", "right": "left"},
    "norm": {"l2": "l1", "l1": "l2"},
}
NAME_SWAPS = {"mean": "median", "median": "mean", "nanmean": "nanmedian", "nanmedian": "nanmean",
              "min": "max", "max": "min", "nanmin": "nanmax", "nanmax": "nanmin", "idxmin": "idxmax",
              "idxmax": "idxmin", "argmin": "argmax", "argmax": "argmin", "any": "all", "all": "any",
              "first": "last", "last": "first"}
BUILTIN_SWAPS = {"min": "max", "max": "min", "any": "all", "all": "any"}
FIT_METHODS = {"fit", "fit_transform", "fit_resample", "partial_fit"}
SORT_METHODS = {"sort_values", "sort_index"}
# statistics that must come from the training rows only
LEAK_STATS = {"mean", "median", "std", "var", "min", "max", "quantile", "sum", "count", "value_counts", "describe",
              "nunique", "unique", "percentile", "nanpercentile", "nanmean", "nanmedian", "nanstd", "nanvar",
              "nanquantile", "agg", "groupby", "transform"}

_OP_TEXT = {ast.Add: r"\+", ast.Sub: r"-", ast.Mult: r"(?<!\*)\*(?!\*)", ast.Div: r"(?<!/)/(?!/)",
            ast.FloorDiv: r"//", ast.Pow: r"\*\*", ast.BitAnd: r"&", ast.BitOr: r"\|",
            ast.Lt: r"(?<![<])<(?![=<])", ast.LtE: r"<=", ast.Gt: r"(?<![>-])>(?![=>])", ast.GtE: r">=",
            ast.Eq: r"==", ast.NotEq: r"!=", ast.In: r"(?<!not )\bin\b", ast.NotIn: r"\bnot\s+in\b",
            ast.Is: r"\bis\b(?!\s+not\b)", ast.IsNot: r"\bis\s+not\b", ast.And: r"\band\b", ast.Or: r"\bor\b"}
_SYMBOL = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Pow: "**",
           ast.BitAnd: "&", ast.BitOr: "|", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==",
           ast.NotEq: "!=", ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
           ast.And: "and", ast.Or: "or"}
_BIN_SWAPS = {ast.Add: [ast.Sub], ast.Sub: [ast.Add], ast.Mult: [ast.Div], ast.Div: [ast.Mult],
              ast.FloorDiv: [ast.Div], ast.Pow: [ast.Mult], ast.BitAnd: [ast.BitOr], ast.BitOr: [ast.BitAnd]}
_CMP_SWAPS = {ast.Lt: ("boundary", ast.LtE), ast.LtE: ("boundary", ast.Lt), ast.Gt: ("boundary", ast.GtE),
              ast.GtE: ("boundary", ast.Gt), ast.Eq: ("operator", ast.NotEq), ast.NotEq: ("operator", ast.Eq),
              ast.In: ("operator", ast.NotIn), ast.NotIn: ("operator", ast.In), ast.Is: ("operator", ast.IsNot),
              ast.IsNot: ("operator", ast.Is)}
_OPERATOR_NODES = (ast.BinOp, ast.BoolOp, ast.Compare, ast.UnaryOp, ast.IfExp, ast.Lambda, ast.NamedExpr)


@dataclass(frozen=True)
class Mutant:
    cell: int        # index of the solution cell in the notebook
    grade_id: str    # its grade id
    line: int        # line in the cell, from 1 (as JupyterLab numbers them)
    kind: str
    before: str
    after: str
    source: str      # the whole mutated cell

    @property
    def label(self) -> str:
        return f"{self.before} → {self.after}"

    def describe(self) -> str:
        return f"cell {self.cell} ({self.grade_id}) line {self.line}: {self.kind}: {self.label}"


@dataclass
class Marker:
    cell: int
    grade_id: str
    line: int          # the comment's line
    target: int        # the code line it applies to
    text: str          # what follows "equivalent-mutant:"
    used: bool = False


# ---- reading the cell -----------------------------------------------------------------------------

def solution_regions(source: str) -> list[tuple[int, int]]:
    """(begin, end) marker line numbers (from 1) of each solution region; the region is strictly between."""
    regions, begin = [], None
    for n, line in enumerate(source.splitlines(), 1):
        if SOLUTION_BEGIN in line:
            begin = n
        elif SOLUTION_END in line and begin is not None:
            regions.append((begin, n))
            begin = None
    return regions


class _Text:
    """Character offsets of AST positions (whose columns are UTF-8 byte offsets)."""

    def __init__(self, source: str):
        self.source = source
        self.lines = source.splitlines(keepends=True)
        self.starts = [0]
        for ln in self.lines:
            self.starts.append(self.starts[-1] + len(ln))

    def offset(self, lineno: int, col: int) -> int:
        line = self.lines[lineno - 1] if lineno - 1 < len(self.lines) else ""
        return self.starts[lineno - 1] + len(line.encode("utf-8")[:col].decode("utf-8", "replace"))

    def span(self, node) -> tuple[int, int]:
        return self.offset(node.lineno, node.col_offset), self.offset(node.end_lineno, node.end_col_offset)

    def segment(self, node) -> str:
        a, b = self.span(node)
        return self.source[a:b]

    def line_of(self, offset: int) -> int:
        lo = 0
        for n, s in enumerate(self.starts):
            if s > offset:
                return n
            lo = n
        return lo


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _paren(node, text: str) -> str:
    return f"({text})" if isinstance(node, _OPERATOR_NODES) else text


def _mask_comments(gap: str) -> str:
    return re.sub(r"#[^\n]*", lambda m: " " * len(m.group()), gap)


def _number(node):
    """The numeric value of a constant (``-1.5`` included), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    if (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant)
            and isinstance(node.operand.value, (int, float)) and not isinstance(node.operand.value, bool)):
        return -node.operand.value
    return None


def _fmt_number(v) -> str:
    if isinstance(v, int):
        return str(v)
    return repr(float(f"{v:.12g}"))


# ---- generating the mutants -----------------------------------------------------------------------

Edit = tuple[str, int, int, str, str, str, int]  # kind, start, end, replacement, before, after, line


class _Generator:
    def __init__(self, source: str, regions: list[tuple[int, int]]):
        self.t = _Text(source)
        self.regions = regions
        self.tree = ast.parse(source)
        self.parents: dict[int, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[id(child)] = node
        self.in_fstring = {id(n) for js in ast.walk(self.tree) if isinstance(js, ast.JoinedStr) for n in ast.walk(js)}

    def inside(self, node) -> bool:
        if not hasattr(node, "lineno") or id(node) in self.in_fstring:
            return False
        return any(b < node.lineno and node.end_lineno < e for b, e in self.regions)

    def parent(self, node):
        return self.parents.get(id(node))

    def edit(self, kind, node, replacement, before=None, after=None, span=None) -> Edit:
        a, b = span or self.t.span(node)
        before = _short(before if before is not None else self.t.source[a:b])
        after = _short(after if after is not None else replacement)
        return kind, a, b, replacement, before, after, self.t.line_of(a)

    def gap_op(self, left, right, op) -> tuple[int, int] | None:
        a, b = self.t.offset(left.end_lineno, left.end_col_offset), self.t.offset(right.lineno, right.col_offset)
        m = re.search(_OP_TEXT[type(op)], _mask_comments(self.t.source[a:b]))
        return (a + m.start(), a + m.end()) if m else None

    def op_edit(self, kind, node, spans: list[tuple[int, int]], new_symbol: str) -> Edit:
        a, b = self.t.span(node)
        seg = self.t.source[a:b]
        new = seg
        for s, e in sorted(spans, reverse=True):
            new = new[: s - a] + new_symbol + new[e - a:]
        line = self.t.line_of(spans[0][0])
        if len(" ".join(seg.split())) > 60:  # show the operator in context
            s, e = spans[0]
            ctx_before = self.t.source[max(a, s - 25):e + 25 if e + 25 < b else b]
            ctx_after = self.t.source[max(a, s - 25):s] + new_symbol + self.t.source[e:min(b, e + 25)]
            return kind, a, b, new, "…" + _short(ctx_before) + "…", "…" + _short(ctx_after) + "…", line
        return kind, a, b, new, _short(seg), _short(new), line

    # each method yields Edits
    def operators(self, node) -> Iterator[Edit]:
        if isinstance(node, ast.BinOp) and type(node.op) in _BIN_SWAPS:
            span = self.gap_op(node.left, node.right, node.op)
            if span:
                for new in _BIN_SWAPS[type(node.op)]:
                    yield self.op_edit("operator", node, [span], _SYMBOL[new])
        elif isinstance(node, ast.BoolOp):
            spans = [self.gap_op(x, y, node.op) for x, y in zip(node.values, node.values[1:], strict=False)]
            if all(spans):
                yield self.op_edit("operator", node, spans, "or" if isinstance(node.op, ast.And) else "and")
        elif isinstance(node, ast.Compare):
            lefts = [node.left, *node.comparators[:-1]]
            for left, op, right in zip(lefts, node.ops, node.comparators, strict=True):
                if type(op) in _CMP_SWAPS:
                    kind, new = _CMP_SWAPS[type(op)]
                    span = self.gap_op(left, right, op)
                    if span:
                        yield self.op_edit(kind, node, [span], _SYMBOL[new])
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.Invert, ast.USub)) \
                and _number(node) is None:
            inner = self.t.segment(node.operand)
            yield self.edit("operator", node, _paren(node.operand, inner), after=inner)

    def keyword_of(self, node) -> str | None:
        """The keyword argument a constant is passed in (``figsize=(8, 4)`` included), else None."""
        parent = self.parent(node)
        while isinstance(parent, (ast.Tuple, ast.List, ast.UnaryOp, ast.BinOp)):
            parent = self.parent(parent)
        return parent.arg if isinstance(parent, ast.keyword) else None

    def constants(self, node) -> Iterator[Edit]:
        parent = self.parent(node)
        kw = self.keyword_of(node)
        if kw in COSMETIC_KWARGS:
            return
        if isinstance(parent, ast.UnaryOp) and _number(parent) is not None:
            return  # handled at the UnaryOp
        value = _number(node)
        if value is not None:
            if kw in SKIP_KWARGS:
                return
            if isinstance(value, int):
                options = [value + 1, value - 1]
            elif value == 0:
                options = []
            else:
                options = [value * 1.1, value * 0.9]
            for v in options:
                text = _fmt_number(v)
                yield self.edit("constant", node, f"({text})" if v < 0 else text, after=text)
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, bool) and kw is not None and kw not in SKIP_KWARGS:
            yield self.edit("constant", node, str(not node.value))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and kw in STRING_SWAPS:
            new = STRING_SWAPS[kw].get(node.value)
            if new:
                yield self.edit("constant", node, repr(new), before=f"{kw}={self.t.segment(node)}", after=f"{kw}={new!r}")

    def calls(self, node) -> Iterator[Edit]:
        if not isinstance(node, ast.Call):
            return
        f = node.func
        kws = {k.arg: k for k in node.keywords if k.arg}
        # statistic swaps on the called name
        if isinstance(f, ast.Attribute) and f.attr in NAME_SWAPS:
            a, b = self.t.span(f)
            start = b - len(f.attr.encode("utf-8"))
            new = NAME_SWAPS[f.attr]
            seg = self.t.source[start:b]
            if seg == f.attr:
                yield self.edit("statistic", node, new, before=f".{f.attr}(", after=f".{new}(", span=(start, b))
        elif isinstance(f, ast.Name) and f.id in BUILTIN_SWAPS:
            yield self.edit("statistic", f, BUILTIN_SWAPS[f.id], before=f"{f.id}(", after=f"{BUILTIN_SWAPS[f.id]}(")
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
        numpy_fn = isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in ("np", "numpy")
        # ddof
        if name in ("std", "var", "nanstd", "nanvar", "sem"):
            if "ddof" in kws and _number(kws["ddof"].value) in (0, 1):
                old = _number(kws["ddof"].value)
                yield self.edit("statistic", kws["ddof"].value, str(1 - old), before=f"ddof={old}", after=f"ddof={1 - old}")
            elif "ddof" not in kws:
                yield self.add_keyword("statistic", node, "ddof=1" if numpy_fn else "ddof=0")
        # axis
        if "axis" in kws and _number(kws["axis"].value) in (0, 1):
            old = _number(kws["axis"].value)
            yield self.edit("statistic", kws["axis"].value, str(1 - old), before=f"axis={old}", after=f"axis={1 - old}")
        # sorting
        receiver = f.value if isinstance(f, ast.Attribute) else None
        if name in SORT_METHODS and receiver is not None:
            yield self.edit("sorting", node, _paren(receiver, self.t.segment(receiver)),
                            before=f".{name}(…)", after="(unsorted)")
            if "ascending" not in kws:
                yield self.add_keyword("sorting", node, "ascending=False")
        if ((isinstance(f, ast.Name) and f.id == "sorted") or (numpy_fn and name == "sort")) \
                and len(node.args) == 1 and not node.keywords:
            inner = self.t.segment(node.args[0])
            yield self.edit("sorting", node, _paren(node.args[0], inner), after=inner)
        # copy removed
        if name == "copy" and receiver is not None and not node.args and \
                all(k.arg == "deep" for k in node.keywords):
            yield self.edit("copy", node, _paren(receiver, self.t.segment(receiver)), after=self.t.segment(receiver))
        # fit (or a statistic) on all rows
        if name in FIT_METHODS | LEAK_STATS:
            yield from self.leaks(node)

    def add_keyword(self, kind, call, text) -> Edit:
        a, b = self.t.span(call)
        seg = self.t.source[a:b]
        inner = seg[:-1].rstrip()
        sep = "" if inner.endswith("(") or inner.endswith(",") else ", "
        new = inner + sep + text + ")"
        head = self.t.segment(call.func)
        return kind, a, b, new, _short(f"{head}(…)"), _short(f"{head}(…, {text})"), self.t.line_of(a)

    def leaks(self, call) -> Iterator[Edit]:
        def base(arg):
            if isinstance(arg, ast.Subscript):
                v = arg.value
                if isinstance(v, ast.Attribute) and v.attr in ("iloc", "loc"):
                    v = v.value
                return v if isinstance(v, ast.Name) else None
            return None

        name = call.func.attr if isinstance(call.func, ast.Attribute) else None
        if name in FIT_METHODS:
            subs = [(arg, base(arg)) for arg in call.args if base(arg) is not None]
            if subs:
                a, b = self.t.span(call)
                new = self.t.source[a:b]
                for arg, root in sorted(subs, key=lambda x: self.t.span(x[0])[0], reverse=True):
                    s, e = self.t.span(arg)
                    new = new[: s - a] + root.id + new[e - a:]
                yield ("leak", a, b, new, _short(self.t.source[a:b]), _short(new), self.t.line_of(a))
                return
        receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
        head = self.t.segment(call.func)
        for node in ([receiver] if isinstance(receiver, ast.Name) else []) + call.args[:1]:
            shown = f"{head}(…)" if node is receiver else f"{head}({self.t.segment(node)}, …)"
            edit = self.train_and_test(node, shown)
            if edit:
                yield edit
                return

    def train_and_test(self, node, shown: str) -> Edit | None:
        """``train`` → train and test rows together, when the cell also names a matching ``test``."""
        if not isinstance(node, ast.Name) or "train" not in node.id.lower():
            return None
        known = {n.id for n in ast.walk(self.tree) if isinstance(n, ast.Name)} | {
            a.arg for fn in ast.walk(self.tree) if isinstance(fn, (ast.FunctionDef, ast.Lambda)) for a in fn.args.args}
        for other in ("test", "valid", "val"):
            sibling = re.sub("train", other, node.id, flags=re.IGNORECASE)
            if sibling in known and sibling != node.id:
                both = (f"(__import__('pandas').concat([{node.id}, {sibling}]) if hasattr({node.id}, 'iloc') "
                        f"else __import__('numpy').concatenate([{node.id}, {sibling}]))")
                return self.edit("leak", node, both, before=shown,
                                 after=shown.replace(node.id, f"[{node.id} + {sibling} rows]", 1))
        return None

    def ignored_arguments(self) -> Iterator[Edit]:
        for fn in ast.walk(self.tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            args = fn.args
            pos = args.posonlyargs + args.args
            pairs = list(zip(pos[len(pos) - len(args.defaults):], args.defaults, strict=True))
            pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None]
            for arg, default in pairs:
                uses = [n for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id == arg.arg
                        and isinstance(n.ctx, ast.Load) and self.inside(n)]
                if not uses:
                    continue
                dtext = self.t.segment(default)
                src = self.t.source
                for n in sorted(uses, key=lambda n: self.t.span(n)[0], reverse=True):
                    s, e = self.t.span(n)
                    src = src[:s] + f"({dtext})" + src[e:]
                first = min(uses, key=lambda n: self.t.span(n)[0])
                yield ("ignored argument", 0, len(self.t.source), src, arg.arg, f"{dtext} (the default)",
                       first.lineno)

    def dropped_statements(self) -> Iterator[Edit]:
        for fn in [self.tree, *[n for n in ast.walk(self.tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]]:
            bound = set()
            if not isinstance(fn, ast.Module):
                a = fn.args
                bound |= {x.arg for x in a.posonlyargs + a.args + a.kwonlyargs}
            for stmt in self._statements(fn):
                if self.inside(stmt) and self._droppable(stmt, bound):
                    line = self.t.lines[stmt.lineno - 1]
                    a, b = self.t.span(stmt)
                    line_start = self.t.starts[stmt.lineno - 1]
                    end_line = self.t.lines[stmt.end_lineno - 1]
                    rest = self.t.source[b:self.t.starts[stmt.end_lineno - 1] + len(end_line)].strip()
                    if line[: a - line_start].strip() or (rest and not rest.startswith("#")):
                        continue  # shares its line with other code
                    yield self.edit("dropped statement", stmt, "pass", before=line.strip().split("\n")[0], after="pass")
                for t in ast.walk(stmt) if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) else []:
                    if isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store):
                        bound.add(t.id)

    def _statements(self, fn):
        out = []

        def visit(stmts):
            for s in stmts:
                out.append(s)
                if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    continue
                for attr in ("body", "orelse", "finalbody"):
                    block = getattr(s, attr, None)
                    if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                        visit(block)

        visit(fn.body)
        return out

    @staticmethod
    def _droppable(stmt, bound) -> bool:
        if isinstance(stmt, ast.Expr):
            return not isinstance(stmt.value, ast.Constant)
        if isinstance(stmt, ast.AugAssign):
            return True
        if isinstance(stmt, ast.If):
            return not stmt.orelse
        if isinstance(stmt, ast.Assign):
            for t in stmt.targets:
                if isinstance(t, (ast.Subscript, ast.Attribute)):
                    return True
                if isinstance(t, ast.Name) and t.id in bound:
                    return True
        return False

    def edits(self) -> Iterator[Edit]:
        for node in ast.walk(self.tree):
            if not self.inside(node):
                continue
            yield from self.operators(node)
            yield from self.constants(node)
            yield from self.calls(node)
        yield from self.ignored_arguments()
        yield from self.dropped_statements()


def cell_mutants(source: str, cell: int, grade_id: str) -> list[Mutant]:
    """Every mutant of the solution regions of one cell, in source order, deduplicated, each compiling."""
    regions = solution_regions(source)
    if not regions:
        return []
    try:
        gen = _Generator(source, regions)
    except SyntaxError:
        return []
    seen, out = {source}, []
    for kind, a, b, repl, before, after, line in gen.edits():
        new = source[:a] + repl + source[b:]
        if new in seen:
            continue
        try:
            compile(new, "<mutant>", "exec")
        except SyntaxError:
            continue
        seen.add(new)
        out.append(Mutant(cell, grade_id, line, kind, before, after, new))
    return sorted(out, key=lambda m: (m.line, KINDS.index(m.kind), m.before, m.after))


def _norm(text: str) -> str:
    return " ".join(text.replace("->", "→").split())


def markers(source: str, cell: int, grade_id: str) -> list[Marker]:
    """The ``# equivalent-mutant:`` comments inside the solution regions of a cell."""
    regions = solution_regions(source)
    lines = source.splitlines()
    code_lines = set()
    comments: dict[int, str] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                comments[tok.start[0]] = tok.string
            elif tok.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
                                  tokenize.ENDMARKER):
                code_lines.update(range(tok.start[0], tok.end[0] + 1))
    except (tokenize.TokenError, SyntaxError):
        return []
    out = []
    for n, text in comments.items():
        m = MARKER.search(text)
        if not m or not any(b < n < e for b, e in regions):
            continue
        target = n
        if n not in code_lines:
            target = next((k for k in range(n + 1, len(lines) + 1) if k in code_lines), n)
        out.append(Marker(cell, grade_id, n, target, m.group(1).strip()))
    return out


def marked_equivalent(mutant: Mutant, marks: list[Marker]) -> Marker | None:
    for mk in marks:
        if mk.target != mutant.line:
            continue
        text = _norm(mk.text)
        for label in (_norm(mutant.label), _norm(f"{mutant.kind}: {mutant.label}")):
            if text.startswith(label) and text[len(label):].lstrip().startswith(":"):
                mk.used = True
                return mk
    return None


def sample(mutants: list[Mutant], limit: int | None) -> list[Mutant]:
    """At most ``limit`` mutants, the same ones on every run, spread over the kinds (round robin)."""
    if not limit or len(mutants) <= limit:
        return list(mutants)
    by_kind: dict[str, list[Mutant]] = {}
    for m in mutants:
        by_kind.setdefault(m.kind, []).append(m)
    for group in by_kind.values():
        group.sort(key=lambda m: hashlib.sha1(m.describe().encode()).hexdigest())
    chosen: list[Mutant] = []
    while len(chosen) < limit:
        for kind in KINDS:
            if by_kind.get(kind) and len(chosen) < limit:
                chosen.append(by_kind[kind].pop(0))
    return sorted(chosen, key=lambda m: (m.line, KINDS.index(m.kind), m.before, m.after))


# ---- running them ---------------------------------------------------------------------------------

@dataclass
class Outcome:
    mutant: Mutant
    status: str               # "killed", "survived", "timeout" (counted as killed), "not run"
    failed: list[str] = field(default_factory=list)   # test cells that lost points
    seconds: float = 0.0


@dataclass
class NotebookReport:
    notebook: str
    outcomes: list[Outcome] = field(default_factory=list)
    equivalent: list[tuple[Mutant, str]] = field(default_factory=list)  # (mutant, the marker's text)
    generated: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    restarts: int = 0

    def counts(self) -> tuple[int, int]:
        run = [o for o in self.outcomes if o.status != "not run"]
        return sum(o.status in ("killed", "timeout") for o in run), len(run)

    def merge(self, other: NotebookReport) -> None:
        self.outcomes += other.outcomes
        self.equivalent += other.equivalent
        self.generated = max(self.generated, other.generated)
        self.problems += [p for p in other.problems if p not in self.problems]
        self.warnings += [w for w in other.warnings if w not in self.warnings]
        self.seconds = max(self.seconds, other.seconds)
        self.restarts += other.restarts


def notebook_mutants(nb, max_per_cell: int | None) -> tuple[list[Mutant], list[tuple[Mutant, str]], list[str], int]:
    """(mutants to run, marked equivalent, marker warnings, how many were generated) for one notebook."""
    from .replay import code_cells

    run, equivalent, warnings, generated = [], [], [], 0
    for c in code_cells(nb):
        if c.kind != "solution":
            continue
        all_mutants = cell_mutants(c.source, c.index, c.grade_id or "?")
        generated += len(all_mutants)
        marks = markers(c.source, c.index, c.grade_id or "?")
        keep = []
        for m in all_mutants:
            mk = marked_equivalent(m, marks)
            if mk is None:
                keep.append(m)
            elif not _norm(mk.text)[len(_norm(m.label)):].lstrip(" :").strip():
                warnings.append(f"cell {c.index} ({c.grade_id}) line {mk.line}: equivalent-mutant marker without a "
                                "reason: write `# equivalent-mutant: <before> → <after>: <why no task statement "
                                "is broken>`")
                keep.append(m)
            else:
                equivalent.append((m, mk.text))
        for mk in marks:
            if not mk.used:
                here = [m.label for m in all_mutants if m.line == mk.target]
                warnings.append(f"cell {c.index} ({c.grade_id}) line {mk.line}: equivalent-mutant marker matches no "
                                f"mutant of line {mk.target}" + (f"; its mutants are: {'; '.join(here)}" if here else ""))
        run += sample(keep, max_per_cell)
    return run, equivalent, warnings, generated


def analyse_notebook(path: str | Path, *, shard: int = 0, shards: int = 1, max_per_cell: int | None = DEFAULT_MAX_PER_CELL,
                     deadline: float | None = None, tick: Callable[[], None] | None = None) -> NotebookReport:
    """Run this shard's mutants of one source notebook (mutant number k goes to shard k % shards)."""
    import nbformat

    started = time.perf_counter()
    path = Path(path)
    report = NotebookReport(path.name)
    nb = nbformat.read(str(path), as_version=4)
    todo, report.equivalent, report.warnings, report.generated = notebook_mutants(nb, max_per_cell)
    if shard:
        report.equivalent = []
    todo = todo[shard::shards]
    with Session(path) as session:
        reference = session.start()
        if reference.failed():
            report.problems += [f"{path.name}: test cell {g} fails on the reference solution ({reference.messages.get(g, '')}); "
                                "mutants need a notebook that passes" for g in reference.failed()]
            report.outcomes = [Outcome(m, "not run") for m in todo]
            return report
        by_cell: dict[int, list[Mutant]] = {}
        for m in todo:
            by_cell.setdefault(m.cell, []).append(m)
        for cell, mutants in by_cell.items():
            base = session.run_variant(cell, session.by_index[cell].source)
            if base.failed() or base.status != "ok" or not base.scores:
                why = ("no test cell reads what it defines" if not base.scores else
                       f"re-running it with its tests fails: {base.status} {base.failed()} "
                       f"{'; '.join(base.messages.values())}")
                report.problems.append(f"{path.name} cell {cell} ({mutants[0].grade_id}): cannot test its mutants: {why}")
                report.outcomes += [Outcome(m, "not run") for m in mutants]
                continue
            timeout = max(MIN_TIMEOUT_S, 3 * base.seconds + 2)
            for m in mutants:
                if deadline is not None and time.time() > deadline:
                    report.outcomes.append(Outcome(m, "not run"))
                    continue
                res: RunResult = session.run_variant(cell, m.source, timeout=timeout, stop_at_failure=True)
                if res.status != "ok":
                    report.outcomes.append(Outcome(m, "timeout", [res.status], res.seconds))
                else:
                    failed = res.failed()
                    report.outcomes.append(Outcome(m, "killed" if failed else "survived", failed, res.seconds))
                if tick:
                    tick()
            after = session.run_variant(cell, session.by_index[cell].source)
            if after.failed():
                report.problems.append(f"{path.name} cell {cell}: the reference fails after its mutants ran "
                                       f"({after.failed()}): a mutant changed state the replay does not rebuild; "
                                       "its kills are not trustworthy")
        report.restarts = session.restarts
    report.seconds = time.perf_counter() - started
    return report


def _job(args):
    path, shard, shards, max_per_cell, deadline = args
    return analyse_notebook(path, shard=shard, shards=shards, max_per_cell=max_per_cell, deadline=deadline)


def run_mutants(paths: list[Path], *, jobs: int = 2, max_per_cell: int | None = DEFAULT_MAX_PER_CELL,
                budget: float | None = None) -> dict[str, NotebookReport]:
    """Mutation-test the notebooks, each split over ``jobs`` kernels; returns a report per notebook path."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    deadline = time.time() + budget if budget else None
    shards = max(1, jobs)
    work = [(str(p), k, shards, max_per_cell, deadline) for p in paths for k in range(shards)]
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(_job, work))
    else:
        results = [_job(w) for w in work]
    out: dict[str, NotebookReport] = {}
    for (path, *_), rep in zip(work, results, strict=True):
        if path in out:
            out[path].merge(rep)
        else:
            out[path] = rep
    for rep in out.values():
        rep.outcomes.sort(key=lambda o: (o.mutant.cell, o.mutant.line, KINDS.index(o.mutant.kind), o.mutant.before))
    return out
