"""The GUI's one door: every service call in ui/ runs inside a function given to the op runner.

A service entry point is a function in desktop_app/services whose first parameter is `db`. In
ui/ it may only be called inside an op function: a function with a parameter annotated
`OpContext`, or a lambda given to `.op(...)`. The Database's units of work and sessions are
reached the same way only. No view fires the change signal by hand (`.notify(`), and the old
GUI-thread shortcut `errors.attempt` is gone.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import desktop_app.services as services_package

ROOT = Path(__file__).resolve().parent.parent
DATABASE_DOORS = {"transaction", "viewing", "reading", "sessions", "batch", "engine",
                  "audit_view", "flush_pending", "seal", "replaced", "refreshing"}


def entry_points() -> dict[str, set[str]]:
    """module name -> its functions that take the Database first."""
    found: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"desktop_app.services.{info.name}")
        names = set()
        for name, value in vars(module).items():
            if inspect.isfunction(value) and value.__module__ == module.__name__:
                params = list(inspect.signature(value).parameters)
                if params[:1] == ["db"]:
                    names.add(name)
        found[info.name] = names
    return found


def _is_op_function(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    if isinstance(node, ast.FunctionDef | ast.Lambda):
        for arg in node.args.args:
            annotation = getattr(arg, "annotation", None)
            if annotation is not None and "OpContext" in ast.unparse(annotation):
                return True
    if isinstance(node, ast.Lambda):
        call = parents.get(node)
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
                and call.func.attr == "op" and node in call.args:
            return True
    return False


def _inside_op(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    current = parents.get(node)
    while current is not None:
        if _is_op_function(current, parents):
            return True
        current = parents.get(current)
    return False


def violations(path: Path, doors: dict[str, set[str]]) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    modules: dict[str, str] = {}  # local alias -> services module
    functions: set[str] = set()  # entry points imported by name
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "desktop_app.services":
            for alias in node.names:
                modules[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(
                "desktop_app.services."):
            module = node.module.rsplit(".", 1)[1]
            for alias in node.names:
                if alias.name in doors.get(module, set()):
                    functions.add(alias.asname or alias.name)
    bad = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call):
            func = node.func
            called = None
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                    and func.value.id in modules \
                    and func.attr in doors.get(modules[func.value.id], set()):
                called = f"{func.value.id}.{func.attr}"
            elif isinstance(func, ast.Name) and func.id in functions:
                called = func.id
            elif isinstance(func, ast.Attribute) and func.attr in {"notify", "attempt"}:
                bad.append(f"{where} {ast.unparse(func)}(): hand-fired or GUI-thread call")
            if called and not _inside_op(node, parents):
                bad.append(f"{where} {called}() outside an op")
        elif isinstance(node, ast.Attribute) and node.attr in DATABASE_DOORS:
            base = ast.unparse(node.value)
            if (base == "db" or base.endswith(".db")) and not _inside_op(node, parents):
                bad.append(f"{where} {base}.{node.attr} outside an op")
    return bad


def test_every_service_call_in_ui_runs_in_an_op() -> None:
    doors = entry_points()
    assert "show" in doors["cases"] and "login" in doors["accounts"]  # the scan finds them
    # The op runner itself; the installation self-test (`casemanager --selftest`) checks a
    # scratch database of its own before any window exists.
    exempt = {ROOT / "ui" / "ops.py", ROOT / "ui" / "selftest.py"}
    bad = [v for path in sorted((ROOT / "ui").rglob("*.py")) if path not in exempt
           for v in violations(path, doors)]
    assert bad == []


def test_the_scan_catches_a_direct_call(tmp_path: Path) -> None:
    sample = ROOT / "ui" / "_sample_for_test.py"
    sample.write_text(
        "from desktop_app.services import cases\n"
        "from ui.ops import OpContext\n"
        "def good(op: OpContext):\n    return cases.show(op.db, op.actor, 1)\n"
        "def bad(ctx):\n    ctx.bus.notify('case')\n    return cases.show(ctx.db, ctx.actor, 1)\n"
        "def also_good(ctx):\n    ctx.ops.op(lambda op: cases.show(op.db, op.actor, 1)).run()\n"
        "def worse(ctx):\n    with ctx.db.transaction(ctx.actor):\n        pass\n",
        encoding="utf-8")
    try:
        found = violations(sample, entry_points())
    finally:
        sample.unlink()
    assert [v.split(" ", 1)[1] for v in found] == [
        "ctx.bus.notify(): hand-fired or GUI-thread call", "cases.show() outside an op",
        "ctx.db.transaction outside an op"]
