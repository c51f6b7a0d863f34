"""The installed package (the Dockerfile's `pip install .`) carries every file nlp/ reads.

An editable install reads the checkout, so a model file left out of the wheel only shows in
the image: `--build-encoder` failing there, or a classifier missing its weights.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "nlp", "standin", "migrations", "devtools")
SKIPPED = shutil.ignore_patterns("__pycache__", "*.pyc")


def test_packaging_wheel_ships_every_file_of_nlp(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, source / package, ignore=SKIPPED)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "--wheel-dir", str(tmp_path / "wheel"), str(source)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (wheel,) = (tmp_path / "wheel").glob("*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    wanted = {
        path.relative_to(source / "nlp").as_posix()
        for path in (source / "nlp").rglob("*")
        if path.is_file()
    }
    missing = sorted(name for name in wanted if f"nlp/{name}" not in shipped)
    assert not missing, f"the wheel leaves out: {missing}"
