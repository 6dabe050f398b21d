"""Where the kit and its Python live must not decide what the student sees.

CI clones the kit to some folder and makes its venv *inside* the checkout
(``.venv``); Gradescope installs the kit non-editable, so the grader package
(with the hidden checks) sits in the very site-packages the student's numpy
comes from.  In both layouts the sandbox must still work, and the kit must stay
out of sight.  These tests build each layout in a temporary folder, point the
sandbox at it and look from inside.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from grader import isolation

KIT = isolation.HERE          # the real worker files, before a test moves HERE

from .test_adversarial import require_sandbox

LOOK = """
import json, os, sys
import nndl_layout_probe
print(json.dumps({"value": nndl_layout_probe.VALUE,
                  "paths": {p: os.path.exists(p) for p in sys.argv[1:]}}))
"""


def look_inside(tmp: Path, *paths: Path) -> dict:
    """Run LOOK in the sandbox as the grader would set it up; what it saw."""
    import json
    (tmp / "empty").mkdir()
    for name in ("worker.py", "wire.py"):
        (tmp / name).write_text((KIT / name).read_text())
    sub = isolation._prepare(tmp, tmp / "empty")
    cmd = isolation._bwrap_args(tmp, sub, os.geteuid() == 0)
    cmd += [isolation._interpreter(), "-B", "-s", "-c", LOOK, *map(str, paths)]
    out = subprocess.run(cmd, env=isolation._env(None), capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, f"the sandbox did not start in this layout:\n{out.stderr[-1500:]}"
    return json.loads(out.stdout)


def fake_site(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "nndl_layout_probe.py").write_text("VALUE = 42\n")
    return folder


def test_venv_inside_the_checkout_leaves_no_trace_of_the_checkout(tmp_path, monkeypatch):
    # /…/work/main/.venv/lib/python3.11/site-packages, as .ci/run makes it.
    require_sandbox()
    repo = tmp_path / "host" / "work" / "main"
    (repo / "solutions").mkdir(parents=True)
    (repo / "solutions" / "answer.py").write_text("SECRET = 1\n")
    site = fake_site(repo / ".venv" / "lib" / "python3.11" / "site-packages")
    real = isolation._site_path()
    monkeypatch.setattr(isolation, "ROOT", repo)
    monkeypatch.setattr(isolation, "_site_path", lambda: [*real, str(site)])
    box = tmp_path / "box"
    box.mkdir()
    seen = look_inside(box, repo, repo / "solutions", site, tmp_path / "host")
    assert seen["value"] == 42, "the venv's packages must be importable in the sandbox"
    shown = [p for p, there in seen["paths"].items() if there]
    assert not shown, f"the sandbox shows the checkout's paths: {shown} (bind the venv's site-packages elsewhere)"


def test_kit_installed_into_site_packages_keeps_the_sandbox_and_hides_the_grader(tmp_path, monkeypatch):
    # pip install . (no -e): grader/ with hidden/ inside site-packages; ROOT is site-packages itself.
    require_sandbox()
    site = fake_site(tmp_path / "venv" / "lib" / "python3.11" / "site-packages")
    (site / "grader" / "hidden").mkdir(parents=True)
    (site / "grader" / "hidden" / "test_secret.py").write_text("EXPECTED = 1\n")
    real = isolation._site_path()
    monkeypatch.setattr(isolation, "ROOT", site)
    monkeypatch.setattr(isolation, "HERE", site / "grader")
    monkeypatch.setattr(isolation, "_site_path", lambda: [*real, str(site)])
    box = tmp_path / "box"
    box.mkdir()
    inside = isolation._site_map()[site]
    seen = look_inside(box, Path(inside) / "grader" / "hidden" / "test_secret.py",
                       site / "grader" / "hidden" / "test_secret.py")
    assert seen["value"] == 42, "masking the kit must not hide the rest of site-packages (numpy lives there)"
    shown = [p for p, there in seen["paths"].items() if there]
    assert not shown, f"the hidden checks are visible in the sandbox: {shown}"


def test_python_dirs_are_never_masked_whole(monkeypatch, tmp_path):
    site = fake_site(tmp_path / "lib" / "site-packages")
    monkeypatch.setattr(isolation, "ROOT", site)
    monkeypatch.setattr(isolation, "HERE", site / "grader")
    monkeypatch.setattr(isolation, "_site_path", lambda: [str(site)])
    (site / "grader").mkdir()
    args = isolation._bwrap_args(tmp_path, tmp_path, False)
    masked = [args[i + 1] for i, a in enumerate(args) if a == "--tmpfs"]
    inside = isolation._site_map()[site]
    assert inside not in masked and str(site) not in masked, f"site-packages masked whole: {masked}"
    assert f"{inside}/grader" in masked, f"the grader package is not masked: {masked}"


def test_nothing_of_the_venv_is_bound_at_its_host_path():
    # In a venv sysconfig's platstdlib points into the venv (.venv/lib/python3.11);
    # bound at its host path, it showed CI's checkout (the venv lives inside it).
    import sys
    assert sys.prefix != sys.base_prefix, "the kit's tests run in a venv (.ci/run makes one)"
    venv = Path(os.path.realpath(sys.prefix))
    inside_venv = [d for d in isolation._install_dirs() if d == venv or venv in d.parents]
    assert not inside_venv, f"bound at their host paths, inside the venv {venv}: {inside_venv}"
