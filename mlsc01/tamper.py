"""Grading integrity: find learner code that touches the grading machinery, and undo what it did.

Learner code shares the kernel with the test cells, so it can make every test pass: rebind the check
helpers (``expect = lambda *a, **k: None``, ``mlsc01.checks.expect = ...``), redefine ``CheckFailed``,
edit ``sys.modules`` or ``builtins``, patch IPython's execution, display and traceback hooks
(``get_ipython().run_cell``), or clear a test cell's output. Two defences, both used by ``mlsc01 autograde``:

- :func:`scan_notebook` reads the learner's cells (answers and any cell without nbgrader metadata) and
  reports each such pattern with its cell; the grader flags the submission, the score is left as it is.
- :func:`install` runs in the grading kernel before any learner code and keeps private references to the
  helpers and hooks; :func:`before_test` runs before each test cell, puts back whatever was changed (the
  cheap defence: the test then runs against the real helpers) and says what it repaired.
"""

from __future__ import annotations

import ast
import json
import sys

HELPER_MODULE = "mlsc01.checks"
HELPER_NAMES = {"CheckFailed", "NotAttempted", "exercise", "expect", "expect_close", "expect_equal_sets"}
HOOK_ATTRS = {"run_cell", "run_cell_async", "_run_cell", "run_ast_nodes", "run_code", "run_cell_magic",
              "showtraceback", "_showtraceback", "showsyntaxerror", "showindentationerror", "get_exception_only",
              "set_custom_exc", "custom_exceptions", "CustomTB", "InteractiveTB", "SyntaxTB", "excepthook",
              "displayhook", "display_pub", "display_formatter", "display_trap", "builtin_trap", "events",
              "ast_transformers", "input_transformers_post", "input_transformers_cleanup",
              "input_transformer_manager", "transform_cell", "should_run_async", "user_expressions",
              "_render_traceback_", "shell_handlers", "do_execute", "execute_request", "iopub_socket",
              "session", "send_response", "publish", "_publish_status", "__code__", "__globals__",
              "__closure__", "__defaults__", "__kwdefaults__", "f_globals", "f_locals", "f_builtins",
              "tb_frame", "settrace", "setprofile", "addaudithook"}
SYS_HOOKS = {"modules", "displayhook", "excepthook", "stdout", "stderr", "meta_path", "path_hooks",
             "settrace", "setprofile", "addaudithook", "__stdout__", "__stderr__"}
OUTPUT_CALLS = {"clear_output", "update_display", "publish_display_data"}
MODULE_NAMES = {"builtins", "__builtins__", "__builtin__", "gc", "ctypes"}


# ---- the static scan (run by the grader, outside the kernel) --------------------------------------

def learner_cells(nb) -> list[int]:
    """Indices of the code cells learner code lives in: answer cells and cells without nbgrader metadata."""
    out = []
    for i, cell in enumerate(nb.cells):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and (meta.get("solution") or not (meta.get("grade") or meta.get("locked"))):
            out.append(i)
    return out


def protected_names(nb) -> dict[str, str]:
    """The check helpers and every name the notebook's setup (non-answer, non-test) cells import, with the
    module each comes from."""
    names = {n: HELPER_MODULE for n in HELPER_NAMES} | {"get_ipython": "IPython"}
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type != "code" or meta.get("solution") or meta.get("grade"):
            continue
        for node in _walk(cell.source):
            if isinstance(node, ast.Import):
                names |= {a.asname or a.name.split(".")[0]: a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names |= {a.asname or a.name: node.module for a in node.names if a.name != "*"}
    return names


def _walk(source: str):
    try:
        return list(ast.walk(ast.parse(_strip_magics(source))))
    except SyntaxError:
        return []


def _strip_magics(source: str) -> str:
    return "\n".join("" if ln.lstrip().startswith(("%", "!")) else ln for ln in source.splitlines())


def _dotted(node) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    elif isinstance(node, ast.Call):
        parts.append(_dotted(node.func) + "()")
    return ".".join(reversed(parts))


def scan_source(source: str, protected: dict[str, str], aliases: dict[str, str] | None = None) -> list[str]:
    """What one learner cell does to the grading machinery (an empty list for honest code)."""
    found: list[str] = []
    aliases = dict(aliases or {})  # local name -> module it stands for (import mlsc01.checks as c)

    def add(what: str) -> None:
        if what not in found:
            found.append(what)

    nodes = _walk(source)
    for node in nodes:
        if isinstance(node, ast.Import):
            for a in node.names:
                aliases[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module:
            for a in node.names:
                aliases[a.asname or a.name] = f"{node.module}.{a.name}"
        elif isinstance(node, ast.Assign) and _dotted(node.value).startswith("get_ipython()"):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    aliases[t.id] = _dotted(node.value)

    def module_of(expr) -> str:
        d = _dotted(expr)
        head, _, rest = d.partition(".")
        base = aliases.get(head, head)
        return f"{base}.{rest}" if rest else base

    def touches_machinery(target) -> str | None:
        full = module_of(target)
        parts = full.split(".")
        if full.startswith(HELPER_MODULE):
            return "the check helpers (mlsc01.checks)"
        leaf = parts[-1]
        if full.split(".")[0] in {"builtins", "__builtins__", "__builtin__"}:
            return "builtins"
        if full.startswith("sys.") and leaf in SYS_HOOKS | {"modules"}:
            return f"sys.{full.split('.')[1]}"
        if protected.get(parts[0], "").startswith("mlsc01") or parts[0] == "get_ipython" or any(
                p in HELPER_NAMES for p in parts):
            return f"`{parts[0]}`, which the tests use"
        if any(p in {"get_ipython()", "IPython", "ipykernel", "jupyter_client", "zmq"} for p in parts):
            return f"IPython's machinery ({full})"
        return None

    for node in nodes:
        # rebinding a name the tests use
        targets: list = []
        if isinstance(node, (ast.Assign, ast.Delete)):
            targets = list(node.targets)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.NamedExpr)):
            targets = [node.target]
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            targets = [node.target]
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            targets = [node.optional_vars]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name in protected:
            add(f"redefines `{node.name}`, which the tests use")
        elif isinstance(node, ast.Global):
            for n in node.names:
                if n in protected:
                    add(f"rebinds `{n}` (global), which the tests use")
        elif isinstance(node, ast.ExceptHandler) and node.name in protected:
            add(f"rebinds `{node.name}`, which the tests use")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for a in node.names:
                bound = a.asname or a.name.split(".")[0]
                origin = f"{node.module}.{a.name}" if isinstance(node, ast.ImportFrom) else a.name
                if bound in HELPER_NAMES and origin != f"{HELPER_MODULE}.{bound}":
                    add(f"rebinds `{bound}` by an import of {origin}, which the tests use")
        flat = []
        for t in targets:
            flat += list(t.elts) if isinstance(t, (ast.Tuple, ast.List)) else [t]
        for t in flat:
            if isinstance(t, ast.Starred):
                t = t.value
            if isinstance(t, ast.Name) and t.id in protected:
                add(f"rebinds `{t.id}`, which the tests use")
            elif isinstance(t, ast.Subscript) and _dotted(t.value) in {"globals()", "locals()", "vars()"}:
                key = t.slice.value if isinstance(t.slice, ast.Constant) else None
                if key in protected:
                    add(f"rebinds `{key}` through {_dotted(t.value)}, which the tests use")
            elif isinstance(t, (ast.Attribute, ast.Subscript)):
                base = t.value if isinstance(t, ast.Subscript) else t
                what = touches_machinery(base)
                if what:
                    add(f"changes {what}")
        # reaching into the machinery
        if isinstance(node, ast.Call):
            fn = module_of(node.func)
            leaf = fn.rsplit(".", 1)[-1]
            if leaf in {"setattr", "delattr", "__setattr__", "__delattr__"} and node.args:
                what = touches_machinery(node.args[0])
                if what or leaf.startswith("__"):
                    add(f"changes {what or 'an object through ' + leaf}")
            if leaf in OUTPUT_CALLS:
                add(f"calls {leaf}(), which can change test cells' outputs")
            if leaf in {"register", "set_custom_exc", "settrace", "setprofile", "addaudithook"} and (
                    "events" in fn or leaf != "register"):
                add(f"installs a hook ({fn})")
            if fn in {"gc.get_referrers", "gc.get_objects"}:
                add(f"calls {fn}(), which reaches the grader's objects")
            if leaf in {"update", "pop", "clear", "setdefault", "__setitem__", "__delitem__", "popitem"}:
                what = touches_machinery(node.func.value) if isinstance(node.func, ast.Attribute) else None
                if what:
                    add(f"changes {what}")
        if isinstance(node, ast.Attribute):
            full = module_of(node)
            if full in {"sys.modules", "sys.meta_path", "sys.path_hooks"}:
                add(f"touches {full}")
            elif full.split(".")[0] in {"builtins", "__builtins__", "__builtin__"}:
                add("touches builtins")
            elif "get_ipython()" in full.split(".") and full.rsplit(".", 1)[-1] in HOOK_ATTRS | {"kernel", "user_ns", "user_global_ns"}:
                add(f"touches IPython's machinery ({full})")
            elif node.attr in {"__code__", "__globals__", "__closure__", "f_globals", "f_builtins", "tb_frame",
                               "_render_traceback_"}:
                add(f"touches {node.attr}")
        if isinstance(node, ast.Name) and node.id in {"__builtins__", "__builtin__"}:
            add("touches builtins")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in (
                {"CheckFailed", "NotAttempted", "expect_close", "expect_equal_sets", "run_cell", "showtraceback",
                 "__builtins__", "builtins", "mlsc01.checks"}):
            add(f"names {node.value!r} in a string (getattr/exec on the grading machinery)")
    return found


def scan_notebook(nb) -> list[tuple[int, str | None, str]]:
    """(cell index, grade id, what) for every pattern found in the learner's cells."""
    protected = protected_names(nb)
    out = []
    for i in learner_cells(nb):
        cell = nb.cells[i]
        meta = cell.get("metadata", {}).get("nbgrader", {})
        for what in scan_source(cell.source, protected):
            out.append((i, meta.get("grade_id"), what))
    return out


# ---- the guard (run inside the grading kernel) -----------------------------------------------------

_STATE: dict = {}
_RESULTS: dict[str, dict] = {}


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()


def _watched_classes(shell) -> list[type]:
    import mlsc01.checks as checks

    objs = [checks.CheckFailed, checks.NotAttempted]
    if shell is not None:
        objs += [type(shell), type(shell.displayhook), type(shell.display_pub), type(sys.stdout),
                 type(sys.stderr), type(shell.InteractiveTB)]
        kernel = getattr(shell, "kernel", None)
        if kernel is not None:
            objs += [type(kernel), type(kernel.session)]
    out = []
    for o in objs:
        for cls in o.__mro__:
            if cls not in out and (cls.__module__ or "").split(".")[0] in {"IPython", "ipykernel", "jupyter_client",
                                                                          "mlsc01"}:
                out.append(cls)
    return out


def _defined_in_notebook(obj) -> bool:
    """True for a function or bound method whose code was written in a notebook cell (not in an installed module)."""
    func = getattr(obj, "__func__", obj)
    module = getattr(func, "__module__", None)
    code = getattr(func, "__code__", None)
    filename = getattr(code, "co_filename", "") if code is not None else ""
    return module in (None, "__main__", "builtins") or filename.startswith("<") or "/ipykernel_" in filename


def install() -> None:
    """Keep private references to what the tests rely on (run once, before any learner code)."""
    import builtins

    import mlsc01.checks as checks

    shell = _shell()
    modules = {name: sys.modules[name] for name in ("mlsc01", HELPER_MODULE, "mlsc01.catalog", "builtins", "sys")
               if name in sys.modules}
    funcs = {}
    for name, value in vars(checks).items():
        if callable(value) and hasattr(value, "__code__"):
            funcs[name] = (value, value.__code__, value.__defaults__, value.__kwdefaults__)
    classes = {cls: dict(vars(cls)) for cls in _watched_classes(shell)}
    instance = {}
    if shell is not None:
        kernel = getattr(shell, "kernel", None)
        for obj in (shell, kernel, getattr(kernel, "session", None), shell.displayhook, shell.display_pub,
                    sys.stdout, sys.stderr):
            if obj is not None:
                instance[id(obj)] = (obj, {k: v for k, v in vars(obj).items() if k in HOOK_ATTRS | {"send"}},
                                     {k: v for k, v in getattr(obj, "_trait_values", {}).items() if k in HOOK_ATTRS})
    _STATE.update(
        checks=dict(vars(checks)), modules=modules, funcs=funcs, classes=classes, instance=instance,
        builtins=dict(vars(builtins)),
        sys={k: getattr(sys, k) for k in ("displayhook", "excepthook", "stdout", "stderr")},
        meta_path=list(sys.meta_path), trace=sys.gettrace(), profile=sys.getprofile(),
        events={k: list(v) for k, v in shell.events.callbacks.items()} if shell is not None else {},
        lists={name: list(getattr(shell, name)) for name in ("ast_transformers", "input_transformers_post",
                                                              "input_transformers_cleanup")
               if shell is not None and hasattr(shell, name)},
        handlers=dict(shell.kernel.shell_handlers) if shell is not None and getattr(shell, "kernel", None) else {},
    )


def before_test(nonce: str, names: list[list]) -> None:
    """Put back what learner code changed (names: [name, module, attribute] the setup cells imported)."""
    repaired: list[str] = []
    try:
        repaired = _repair(names)
    finally:
        _RESULTS[nonce] = {"nonce": nonce, "repaired": repaired}


def result(nonce: str, names: list[list]) -> str:
    """What was repaired before this test cell. Evaluated as a user expression, which IPython runs outside
    ``run_cell``: the repair happens here even when learner code replaced ``run_cell``."""
    done = _RESULTS.pop(nonce, None)
    if done is None:  # outside run_cell IPython's own traps are off: leave builtins and sys hooks alone here
        done = {"nonce": nonce, "repaired": [*_repair(names, in_cell=False),
                                             "the kernel did not run the grading check's code (run_cell was changed)"]}
    return json.dumps(done)


def _repair(names: list[list], in_cell: bool = True) -> list[str]:
    import builtins

    if not _STATE:
        return ["the grading guard was not installed"]
    out: list[str] = []
    s = _STATE
    for name, mod in s["modules"].items():
        if sys.modules.get(name) is not mod:
            sys.modules[name] = mod
            out.append(f"sys.modules[{name!r}] was replaced")
    checks = s["modules"].get(HELPER_MODULE)
    if checks is not None:
        current = vars(checks)
        for k, v in s["checks"].items():
            if not _same(current.get(k, _MISSING), v):
                setattr(checks, k, v)
                out.append(f"mlsc01.checks.{k} was changed")
        for k in [k for k in current if k not in s["checks"]]:
            delattr(checks, k)
    for name, (fn, code, defaults, kwdefaults) in s["funcs"].items():
        if fn.__code__ is not code or fn.__defaults__ is not defaults or fn.__kwdefaults__ is not kwdefaults:
            fn.__code__, fn.__defaults__, fn.__kwdefaults__ = code, defaults, kwdefaults
            out.append(f"the code of mlsc01.checks.{name} was changed")
    for cls, saved in s["classes"].items():
        now = dict(vars(cls))
        for k, v in saved.items():
            if not _same(now.get(k, _MISSING), v):
                try:
                    setattr(cls, k, v)
                    out.append(f"{cls.__qualname__}.{k} was changed")
                except (AttributeError, TypeError):
                    pass
        for k in [k for k in now if k not in saved]:
            try:
                delattr(cls, k)
                out.append(f"{cls.__qualname__}.{k} was added")
            except (AttributeError, TypeError):
                pass
    for obj, attrs, traits in s["instance"].values():
        d = vars(obj)
        for k in [k for k in d if k in HOOK_ATTRS | {"send"}]:
            if not _same(attrs.get(k, _MISSING), d[k]):
                if k in attrs:
                    d[k] = attrs[k]
                else:
                    del d[k]
                out.append(f"{type(obj).__name__}.{k} was replaced")
        tv = getattr(obj, "_trait_values", {})
        for k, v in traits.items():
            if not _same(tv.get(k, _MISSING), v):
                tv[k] = v
                out.append(f"{type(obj).__name__}.{k} was replaced")
    b = vars(builtins) if in_cell else {}
    for k, v in s["builtins"].items() if in_cell else ():
        if not k.startswith("_") and not _same(b.get(k, _MISSING), v):
            b[k] = v
            out.append(f"builtins.{k} was changed")
    for k, v in s["sys"].items() if in_cell else ():
        if not _same(getattr(sys, k), v):
            setattr(sys, k, v)
            out.append(f"sys.{k} was replaced")
    # Imports add finders (botocore's vendored six does): only a finder that was there before and is gone
    # counts, and only it is put back.
    missing = [f for f in s["meta_path"] if not any(f is g for g in sys.meta_path)]
    if missing:
        sys.meta_path[:0] = missing
        out.append("sys.meta_path was changed (a finder was removed)")
    if sys.gettrace() is not s["trace"]:
        sys.settrace(s["trace"])
        out.append("a trace function was set")
    if sys.getprofile() is not s["profile"]:
        sys.setprofile(s["profile"])
        out.append("a profile function was set")
    shell = _shell()
    if shell is not None:
        for k, v in s["events"].items():
            now = shell.events.callbacks.get(k, [])
            # A library may register its own hook (matplotlib's inline backend flushes figures after each cell);
            # a hook defined in the notebook, or a removed one, is the learner's doing.
            mine = [cb for cb in now if not any(cb is o for o in v) and _defined_in_notebook(cb)]
            gone = [cb for cb in v if not any(cb is n for n in now)]
            if mine or gone:
                shell.events.callbacks[k] = [cb for cb in now if not any(cb is m for m in mine)] + gone
                out.append(f"an IPython {k} event hook was {'registered' if mine else 'removed'}")
        for k, v in s["lists"].items():
            if list(getattr(shell, k)) != v:
                getattr(shell, k)[:] = v
                out.append(f"IPython's {k} were changed")
        kernel = getattr(shell, "kernel", None)
        if kernel is not None and dict(kernel.shell_handlers) != s["handlers"]:
            kernel.shell_handlers.clear()
            kernel.shell_handlers.update(s["handlers"])
            out.append("the kernel's message handlers were changed")
        ns = shell.user_ns
        for name, module, attr in names:
            expected = _expected(module, attr)
            if expected is _MISSING:
                continue
            if not _same(ns.get(name, _MISSING), expected):
                ns[name] = expected
                out.append(f"`{name}` was rebound")
    return out


class _Missing:
    pass


def _same(a, b) -> bool:
    """The same object, or the same bound method (IPython and ipykernel rebind some per execution)."""
    if a is b:
        return True
    try:
        return type(a).__name__ == "method" and type(b).__name__ == "method" and a == b
    except Exception:
        return False


_MISSING = _Missing()


def _expected(module: str, attr: str | None):
    mod = _STATE["modules"].get(module) or sys.modules.get(module)
    if mod is None:
        return _MISSING
    if attr is None:
        return mod
    if module == HELPER_MODULE:
        return _STATE["checks"].get(attr, _MISSING)
    return getattr(mod, attr, _MISSING)
