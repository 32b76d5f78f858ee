"""The README cannot drift: its console examples run, and CI runs its test command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
DOCS = "\n".join(path.read_text(encoding="utf-8") for path in sorted((REPO / "docs").glob("*.md")))
CONSOLE_BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def console_examples() -> list[tuple[str, str]]:
    """(command, expected output) for every ``$ command`` line in the console blocks of the README and docs/."""
    examples = []
    for block in CONSOLE_BLOCK.findall(README + "\n" + DOCS):
        for chunk in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((command, output))
    return examples


@pytest.mark.parametrize(("command", "expected"), console_examples(), ids=lambda value: value[:40])
def test_readme_example_prints_what_the_readme_says(command: str, expected: str) -> None:
    """Each console example prints what the page says, on stdout."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("FORCE_COLOR", None)
    done = subprocess.run(["bash", "-c", command], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout == expected


def test_readme_has_examples_to_check() -> None:
    """There are examples to check (the test above cannot pass by finding none)."""
    assert len(console_examples()) >= 3


def test_ci_runs_the_readme_test_command_exactly() -> None:
    """CI runs the README's test command exactly as written."""
    commands = re.findall(r"```sh\n(.*?)\n```", README)
    test_command = next(command for command in commands if command.endswith("pytest"))
    assert test_command in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
