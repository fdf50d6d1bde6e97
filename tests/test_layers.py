"""The data contract sits at the bottom: ``schema/`` imports nothing from the build (``haucan``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_MODULES = sorted(f"schema.{p.stem}" for p in (ROOT / "schema").glob("*.py") if p.stem != "__init__")


def test_every_schema_module_is_found():
    assert {"schema.articles", "schema.checks", "schema.vocab", "schema.person_observations"} <= set(SCHEMA_MODULES)


def test_importing_the_schema_loads_no_haucan_module():
    # A fresh interpreter: in this one the test suite has imported haucan already.
    code = ("import importlib, json, sys\n"
            f"for name in {['schema', *SCHEMA_MODULES]!r}:\n"
            "    importlib.import_module(name)\n"
            "print(json.dumps(sorted(m for m in sys.modules if m == 'haucan' or m.startswith('haucan.'))))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_the_build_rules_are_keyed_by_the_schema_vocabularies():
    from haucan.extract.lexicon import lexicon, rank_order
    from haucan.knowledge.events import event_rules, event_type_table
    from haucan.knowledge.people import role_rules
    from schema.vocab import event_roles, event_types, rank_table

    assert tuple(rule.role for rule in role_rules()) == event_roles()
    assert tuple(dict.fromkeys(rule.event_type for rule in event_rules().types)) == event_types()
    assert [row["event_type"] for row in event_type_table()] == list(event_types())
    assert list(rank_order()) == [entry["rank"] for entry in rank_table()]
    assert set(lexicon().rank_codes) == {entry["rank"] for entry in rank_table()}


def test_a_rules_file_out_of_step_with_its_vocabulary_is_refused():
    from schema.vocab import require_vocabulary_order

    require_vocabulary_order("roles", ["chairs", "attends"], ("chairs", "attends"))
    with pytest.raises(ValueError, match="not the vocabulary"):
        require_vocabulary_order("roles", ["attends", "chairs"], ("chairs", "attends"))
    with pytest.raises(ValueError, match="not the vocabulary"):
        require_vocabulary_order("roles", ["chairs"], ("chairs", "attends"))


def _project_imports() -> dict[str, set[str]]:
    """module -> the project modules it imports, anywhere in its code (function-level imports included; those
    under ``if TYPE_CHECKING:`` excluded: they never run)."""
    import ast

    modules = {}
    for path in sorted([*(ROOT / "haucan").rglob("*.py"), *(ROOT / "schema").rglob("*.py")]):
        parts = path.relative_to(ROOT).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = {id(node) for guard in ast.walk(tree) if isinstance(guard, ast.If)
                   and "TYPE_CHECKING" in ast.unparse(guard.test) for node in ast.walk(guard)}
        found = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found |= {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
        graph[name] = {m for m in found if m in modules and m != name and not name.startswith(m + ".")}
    return graph


def test_there_is_no_import_loop_in_the_build_or_the_schema():
    graph = _project_imports()
    assert "haucan.pipeline" in graph and "haucan.chunks" in graph["haucan.corpus.passes"]
    state: dict[str, int] = {}
    loops = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for other in sorted(graph[module]):
            if state.get(other) == 1:
                loops.append(path[path.index(other):] + [other])
            elif other not in state:
                visit(other, [*path, other])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert loops == []
