"""The Windows and macOS build workflow (.github/workflows/bundle.yml), checked here because
it cannot run on this machine: pinned actions, cancelled older runs, pip cache, a bundle job
without test tools, versioned artifacts, both Mac processors. actionlint checks it too when
it is installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "bundle.yml"


@pytest.fixture(scope="module")
def wf() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _steps(wf: dict) -> list[dict]:
    return wf["jobs"]["bundle"]["steps"]


def test_every_action_is_pinned_to_a_commit_hash_with_its_tag_named():
    uses = re.findall(r"uses:\s*(\S+)(.*)", WORKFLOW.read_text(encoding="utf-8"))
    assert uses
    for ref, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", ref), ref
        assert re.search(r"#\s*v\d+(\.\d+)*", comment), f"{ref}: say which tag the hash is"


def test_older_runs_are_cancelled(wf):
    c = wf["concurrency"]
    assert c["cancel-in-progress"] is True
    assert "github.ref" in c["group"] and "github.workflow" in c["group"]


def test_windows_and_both_mac_processors_are_built(wf):
    matrix = wf["jobs"]["bundle"]["strategy"]["matrix"]["include"]
    got = {(m["os"].split("-")[0], m["arch"]) for m in matrix}
    assert got == {("windows", "x86_64"), ("macos", "x86_64"), ("macos", "arm64")}
    intel = next(m for m in matrix if m["os"].startswith("macos") and m["arch"] == "x86_64")
    assert "intel" in intel["os"]  # the plain macos-N images are Apple silicon only
    assert wf["jobs"]["bundle"]["strategy"]["fail-fast"] is False


def test_pip_is_cached_and_the_bundle_job_installs_no_test_tools(wf):
    setup = next(s for s in _steps(wf) if "setup-python" in s.get("uses", ""))
    assert setup["with"]["cache"] == "pip"
    assert setup["with"]["cache-dependency-path"] == "pyproject.toml"
    runs = "\n".join(s.get("run", "") for s in _steps(wf))
    assert "python dev.py bundle" in runs
    assert "pip install" not in runs and "pytest" not in runs
    dev = (ROOT / "dev.py").read_text(encoding="utf-8")
    bundle = dev[dev.index("def cmd_bundle"):dev.index("COMMANDS =")]
    assert 'python_env("build")' in bundle and "test" not in bundle.split("python_env")[1][:12]


def test_artifacts_carry_the_version_and_the_platform(wf):
    ups = [s for s in _steps(wf) if "upload-artifact" in s.get("uses", "")]
    assert ups
    for s in ups:
        name = s["with"]["name"]
        assert "steps.version.outputs.version" in name and "matrix.name" in name, name
    version = next(s for s in _steps(wf) if s.get("id") == "version")
    assert "GITHUB_OUTPUT" in version["run"] and "desktop_app/__init__.py" in version["run"]


def test_the_workflow_runs_the_tools_by_their_current_commands(wf):
    runs = "\n".join(s.get("run", "") for s in _steps(wf))
    for m in re.finditer(r"-m (tools\.\w+)", runs):
        assert (ROOT / (m.group(1).replace(".", "/") + ".py")).is_file(), m.group(1)
    assert "packaging/bench.py" not in runs
    assert "cache" not in re.findall(r'folder / "(\w+)"\).is_dir\(\)', runs)


def _actionlint() -> str | None:
    beside = Path(sys.executable).parent / ("actionlint.exe" if os.name == "nt" else "actionlint")
    return str(beside) if beside.is_file() else shutil.which("actionlint")


@pytest.mark.skipif(_actionlint() is None, reason="actionlint is not installed (the test "
                    "extra installs it on Linux x86-64 and Windows)")
def test_actionlint_finds_nothing():
    out = subprocess.run([_actionlint(), str(WORKFLOW)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
