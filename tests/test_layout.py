"""The layout holds: the core knows no Discord or SQL, the store no Discord, extensions stand alone.

Read from the source (ast), so a rule is broken the moment an import is written, not when it runs.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import EXTENSIONS

ROOT = Path(__file__).parent.parent
PRODUCTION = sorted([*ROOT.glob("bot/**/*.py"), *ROOT.glob("cogs/**/*.py")])
STDLIB = frozenset(sys.stdlib_module_names)
MAX_LINES = 300


def imports(path: Path) -> set[str]:
    """Every module `path` imports, absolute, including `from package import submodule` as package.submodule."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names if alias.name.startswith("_"))
    return found


def top(module: str) -> str:
    return module.split(".")[0]


def relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", [p for p in PRODUCTION if "bot/core" in str(p)], ids=relative)
def test_the_core_imports_only_the_standard_library_and_itself(path):
    foreign = {
        m for m in imports(path) if not m.startswith("bot.core") and (top(m) not in STDLIB or top(m) == "sqlite3")
    }
    assert foreign == set()


@pytest.mark.parametrize("path", [p for p in PRODUCTION if "bot/store" in str(p)], ids=relative)
def test_the_store_imports_only_the_standard_library_the_core_and_its_driver(path):
    """asyncpg belongs to PostgreSQL's folder alone; the shared repositories know no driver."""
    allowed = ("bot.core", "bot.store", *(("asyncpg",) if "bot/store/postgres" in str(path) else ()))
    foreign = {m for m in imports(path) if not m.startswith(allowed) and top(m) not in STDLIB}
    assert foreign == set()
    if "bot/store/sql/" in str(path):
        assert "sqlite3" not in {top(m) for m in imports(path)}


def test_importing_the_whole_core_loads_no_discord():
    modules = sorted(f"bot.core.{p.stem}" for p in (ROOT / "bot/core").glob("*.py") if p.stem != "__init__")
    script = (
        f"import sys; import {', '.join(modules)}; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('discord', 'sqlite3')))"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("extension", EXTENSIONS)
def test_an_extensions_init_only_sets_it_up(extension):
    """discord.py executes an extension's __init__ afresh on each load; all it may hold is setup()."""
    tree = ast.parse((ROOT / extension.replace(".", "/") / "__init__.py").read_text(encoding="utf-8"))
    defined = [
        node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    ]
    assigned = [node for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign)]
    assert defined == ["setup"] and assigned == []


@pytest.mark.parametrize("path", PRODUCTION, ids=relative)
def test_extensions_stand_alone(path):
    """Glue several extensions use lives in cogs/_shared; no extension reaches into another."""
    own = next((e for e in EXTENSIONS if relative(path).startswith(e.replace(".", "/") + "/")), None)
    reached = {e for e in EXTENSIONS for m in imports(path) if m == e or m.startswith(e + ".")}
    assert reached <= ({own} if own else set())


@pytest.mark.parametrize("path", sorted(ROOT.glob("tests/**/*.py")), ids=relative)
def test_tests_take_extension_modules_from_the_running_bot(path):
    """A test file that imports an extension's module when it loads gets a copy the bot stops using
    as soon as any bot closes (discord.py drops an extension's modules on unload): use loaded()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    at_load = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    reached = {
        e
        for node in at_load
        for m in ([node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names])
        for e in EXTENSIONS
        if m == e or m.startswith(e + ".")
    }
    assert reached == set()


@pytest.mark.parametrize("path", PRODUCTION, ids=relative)
def test_no_module_of_production_code_is_over_300_lines(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES
