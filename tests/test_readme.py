"""The README and docs/ cannot drift: their console and Python examples run, and CI runs the test command.

A console example is ``$ command`` and the output the page shows.  The command must print exactly that on
stdout, nothing on stderr, and exit 0: an example that shows an error or a status says so itself
(``2>&1``, ``; echo "exit $?"``, ``|| echo ...``), so the page shows what a user sees.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import REPO

PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
CONSOLE_BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
README = (REPO / "README.md").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Example:
    """One ``$ command`` of a page, and what the page says it prints."""

    page: str
    command: str
    output: str


def console_examples() -> list[Example]:
    """Every ``$ command`` line in the console blocks of the README and docs/."""
    examples = []
    for page in PAGES:
        for block in CONSOLE_BLOCK.findall(page.read_text(encoding="utf-8")):
            for chunk in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
                command, _, output = chunk.partition("\n")
                examples.append(Example(page.name, command, output))
    return examples


def python_examples() -> list[tuple[str, str]]:
    """(page, code) of every Python block of the README and docs/."""
    return [(page.name, code) for page in PAGES for code in PYTHON_BLOCK.findall(page.read_text(encoding="utf-8"))]


def shell_env() -> dict[str, str]:
    """The environment of a user who installed the tool: its scripts first on PATH, no forced colour."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("FORCE_COLOR", None)
    return env


@pytest.mark.parametrize("example", console_examples(), ids=lambda example: f"{example.page}: {example.command[:40]}")
def test_console_example_prints_what_the_page_says(example: Example) -> None:
    """stdout is what the page shows, stderr is empty and the status 0 (or the example shows them)."""
    done = subprocess.run(
        ["bash", "-c", example.command], cwd=REPO, env=shell_env(), capture_output=True, text=True, timeout=120
    )
    assert (done.stdout, done.stderr, done.returncode) == (example.output, "", 0)


@pytest.mark.parametrize(("page", "code"), python_examples(), ids=lambda value: str(value)[:30])
def test_python_example_runs(page: str, code: str) -> None:
    """Each Python example runs from the repository without an error."""
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=shell_env(), capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (0, "")


def test_there_are_examples_to_check() -> None:
    """The README and the pages of docs/ about using the tool show examples (the tests above cannot pass
    by finding none)."""
    pages = {example.page for example in console_examples()} | {page for page, _ in python_examples()}
    assert pages >= {"README.md", "usage.md", "reading.md", "scripting.md", "matching.md", "library.md"}
    assert len(console_examples()) >= 20


def test_ci_runs_the_readme_test_command_exactly() -> None:
    """CI runs the README's test command exactly as a new user would type it."""
    commands = re.findall(r"```sh\n(.*?)\n```", README)
    test_command = next(command for command in commands if command.endswith("pytest"))
    assert test_command in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
