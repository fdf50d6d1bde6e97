"""No module-level mutable state in haucan/ or schema/: a module's names are constants (tuples, frozensets,
read-only mappings), and whatever changes as the build runs belongs to an object someone owns and passes on
(haucan.per_article.Caches, a cached loader), never to a module global that any caller may rebind or fill.

Read from the source (``ast``), so it judges every module without importing any."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from .conftest import REPO

PACKAGES = ("haucan", "schema")
MUTABLE_DISPLAYS = (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)
MUTABLE_CONSTRUCTORS = frozenset({"dict", "list", "set", "defaultdict", "Counter", "OrderedDict", "deque"})


def _modules() -> list[Path]:
    return sorted(path for package in PACKAGES for path in (REPO / package).rglob("*.py"))


def _module_level(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements run when the module is imported: the body, and what module-level if/try/with hold."""
    for statement in body:
        yield statement
        if isinstance(statement, (ast.If, ast.Try, ast.With)):
            for block in ("body", "orelse", "finalbody"):
                yield from _module_level(getattr(statement, block, []))
            for handler in getattr(statement, "handlers", []):
                yield from _module_level(handler.body)


def _is_mutable(value: ast.expr | None) -> bool:
    if isinstance(value, MUTABLE_DISPLAYS):
        return True
    if isinstance(value, ast.Call):
        called = value.func
        name = called.id if isinstance(called, ast.Name) else called.attr if isinstance(called, ast.Attribute) else ""
        return name in MUTABLE_CONSTRUCTORS
    if isinstance(value, ast.BinOp):  # set(...) | set(...), [...] + [...]
        return _is_mutable(value.left) or _is_mutable(value.right)
    return False


def mutable_state(source: str) -> list[tuple[int, str]]:
    """(line, what) for each module-level assignment of a mutable value and each ``global`` statement."""
    tree = ast.parse(source)
    found = []
    for statement in _module_level(tree.body):
        if isinstance(statement, (ast.Assign, ast.AnnAssign)) and _is_mutable(statement.value):
            found.append((statement.lineno, f"module-level mutable {ast.unparse(statement.value)[:40]!r}"))
    found += [(node.lineno, f"global {', '.join(node.names)}") for node in ast.walk(tree) if isinstance(node, ast.Global)]
    return sorted(found)


def test_the_scan_finds_what_it_is_meant_to_find():
    source = ("A = {}\nB = [x for x in 'ab']\nC: set = set()\nif True:\n    D = Counter()\n"
              "E = MappingProxyType({'a': 1})\nF = frozenset({1})\nG = (1, 2)\n"
              "def f():\n    local = {}\n    global H\nI = frozenset('a') | set('b')\n")
    assert [line for line, _ in mutable_state(source)] == [1, 2, 3, 5, 11, 12]


def test_no_module_holds_mutable_state():
    offenders = [f"{path.relative_to(REPO).as_posix()}:{line}: {what}"
                 for path in _modules() for line, what in mutable_state(path.read_text(encoding="utf-8"))]
    assert not offenders, "module-level mutable state:\n" + "\n".join(offenders)
