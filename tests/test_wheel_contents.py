"""The wheel a user installs carries every file the four packages need, and nothing of the tests."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("corpus", "store", "tui", "keymaps")


def _tracked_package_files() -> set[str]:
    out = subprocess.run(["git", "ls-files", *PACKAGES], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return {line for line in out.splitlines() if line and "__pycache__" not in line}


def test_wheel_holds_every_package_file_the_license_and_no_tests(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("factscope-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())

    tracked = _tracked_package_files()
    if not tracked:  # not a git checkout (an sdist): check what is on disk instead
        tracked = {
            str(p.relative_to(ROOT))
            for pkg in PACKAGES
            for p in (ROOT / pkg).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
    assert tracked - names == set()
    for package in PACKAGES:
        assert f"{package}/py.typed" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not any(n.startswith("tests/") for n in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "factscope = tui.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
