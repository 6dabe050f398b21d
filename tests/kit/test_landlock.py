"""Where bubblewrap cannot create namespaces, Landlock and seccomp keep student code away.

Gradescope's Docker container (like most containers) gives root no CAP_SYS_ADMIN:
bubblewrap and ``unshare`` cannot create namespaces there.  These tests make the
same place on this machine (``setpriv --bounding-set=-sys_admin``: the grader
runs as root without that capability) and grade the hostile submissions of
tests/kit/hostile there: the worker confines itself with Landlock and seccomp,
so reading the hidden checks or the reference, or writing a grade, gets nothing.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from grader import ROOT, isolation
from grader.worker import landlock_abi

from .test_adversarial import CASES, HIDDEN_LINES, OTHER, TARGET, Listener, build, digest, meta

SETPRIV = shutil.which("setpriv")

# Run by the grader without CAP_SYS_ADMIN: grade each submission, spy on what student code can reach.
CHILD = textwrap.dedent('''
    import json, sys
    from concurrent.futures import ThreadPoolExecutor
    from grader import catalogue, isolation, runner, wire
    from grader.sandbox import Limits, Worker
    args = json.loads(sys.argv[1])
    # Never grade the hostile submissions here without Landlock: as root without namespaces
    # the plain fallback would let a kill(-1) reach every process on the machine.
    why = isolation.landlock_probe()
    if why is not None:
        print(json.dumps({"refused": why}))
        sys.exit(3)
    limits = Limits(**args["limits"])
    targets = [catalogue.get(i) for i in args["ids"]]

    def one(item):
        name, root = item
        rs = runner.grade(root, targets, isolation="auto", limits=limits)
        return name, {r.id: {"score": r.score, "points": r.points, "status": r.status, "message": r.message,
                             "checks": [c.message for c in r.checks]} for r in rs}

    with ThreadPoolExecutor(max_workers=3) as pool:
        results = dict(pool.map(one, args["roots"].items()))
    with Worker(args["spy"]) as worker:
        session = worker.session(args["spy_module"], Limits(call_seconds=20))
        seen = session.request({"op": "call", "name": "spy", "args": wire.encode([args["paths"]]),
                                "kwargs": wire.encode({})})
        session.close()
        mode = worker.mode
    print(json.dumps({"bubblewrap": isolation.probe(), "mode": mode, "results": results, "spy": wire.decode(seen["ok"])}))
''')

SPY = '''
import os, socket

def perceptron(x, w, b):
    return 1

def nand_parameters():
    return (1.0, 1.0), 1.0

def spy(paths):
    seen = {}
    paths["read"]["own file"] = __file__
    for label, path in paths["read"].items():
        try:
            with open(path, "rb") as f:
                f.read(1)
            seen[label] = True
        except OSError:
            seen[label] = False
    for label, path in paths["write"].items():
        try:
            with open(path, "w") as f:
                f.write("x")
            seen[label] = True
        except OSError:
            seen[label] = False
    try:
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()
        seen["inet socket"] = True
    except OSError:
        seen["inet socket"] = False
    seen["cwd"] = os.getcwd()
    return seen
'''


def require_place_without_namespaces():
    if not sys.platform.startswith("linux"):
        pytest.skip("Landlock is Linux only")
    if os.geteuid() != 0 or SETPRIV is None:
        pytest.skip("refusing namespaces as a container does needs root and setpriv (util-linux)")
    if landlock_abi() < 1:
        pytest.skip("this kernel has no Landlock (Linux >= 5.13 with landlock among its LSMs)")
    probe = subprocess.run([SETPRIV, "--bounding-set=-sys_admin", "--", "unshare", "--pid", "--fork", "true"],
                           capture_output=True, timeout=30)
    assert probe.returncode != 0, "without CAP_SYS_ADMIN unshare should be refused: the test place is wrong"


@pytest.fixture(scope="module")
def confined(tmp_path_factory):
    require_place_without_namespaces()
    base = tmp_path_factory.mktemp("hostile-ll")
    trap = tmp_path_factory.mktemp("trap-ll")
    (trap / "gradebook.csv").write_text("student,score\nalice,1\n")
    (trap / "results.json").write_text('{"score": 1}')
    before = digest(trap)
    # As root, the student's processes are bounded and reaped by uid only where
    # they can run under one (a Python install readable by others, as on
    # Gradescope); this machine's may not be, so the fork bomb is left to the
    # bubblewrap suite and the Debian-root test.
    cases = [c for c in CASES if c != "fork_bomb"]
    if landlock_abi() < 6:  # kill(-1) as root is scoped to the worker from ABI 6 on only
        cases = [c for c in cases if c not in ("kill_parent", "import_side_effects")]
    listener = Listener()
    spy_root = base / "_spy"
    spy_root.joinpath("ch1").mkdir(parents=True)
    spy_root.joinpath(TARGET.relpath).write_text(SPY, encoding="utf-8")
    paths = {"read": {"hidden checks": str(TARGET.hidden_path), "reference": str(TARGET.solution_path),
                      "grader": str(ROOT / "grader" / "runner.py"), "trap": str(trap / "results.json"),
                      "passwd": "/etc/passwd"},
             "write": {"trap": str(trap / "new.txt"), "host tmp": f"/tmp/nndl-ll-{os.getpid()}.txt",
                       "scratch": "scratch.txt"}}
    try:
        roots = {name: str(build(base, name, trap, listener.port)) for name in cases}
        args = {"limits": {"call_seconds": 2.0, "cpu_seconds": 5.0, "memory_bytes": 1 << 30,
                           "file_bytes": 4 << 20, "processes": 32, "reply_bytes": 8 << 20,
                           "wall_seconds": 10.0},
                "ids": [TARGET.id, OTHER.id], "roots": roots, "spy": str(spy_root),
                "spy_module": TARGET.module, "paths": paths}
        env = {k: v for k, v in os.environ.items() if k != "NNDL_NO_LANDLOCK"}
        proc = subprocess.run([SETPRIV, "--bounding-set=-sys_admin", "--", sys.executable, "-c", CHILD,
                               json.dumps(args)], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=900)
    finally:
        listener.close()
        Path(paths["write"]["host tmp"]).unlink(missing_ok=True)
    assert proc.returncode != 3, f"the Landlock self-test failed without namespaces: {proc.stdout[-1500:]}"
    assert proc.returncode == 0, f"grading without namespaces failed: {proc.stdout[-1500:]} {proc.stderr[-3000:]}"
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return {**out, "stderr": proc.stderr, "trap_before": before, "trap_after": digest(trap),
            "connections": listener.connections, "cases": cases}


def test_bubblewrap_is_refused_and_landlock_is_in_force(confined):
    assert confined["bubblewrap"], "bubblewrap worked: this place does not refuse namespaces"
    assert confined["mode"].startswith("Landlock"), f"isolation in force: {confined['mode']}"
    err = confined["stderr"]
    assert "bubblewrap cannot run here" in err and "Isolation in force: Landlock" in err, \
        f"the grader must say which isolation is in force: {err[-1500:]}"
    assert err.count("Isolation in force") == 1, "the isolation note is printed once"


def test_student_code_reaches_only_its_submission_and_scratch(confined):
    seen = confined["spy"]
    for label in ("hidden checks", "reference", "grader", "trap", "passwd"):
        assert seen[label] is False, f"confined student code could read the {label}"
    for label in ("trap", "host tmp"):
        assert seen[label] is False, f"confined student code could write the {label} file"
    assert seen["own file"] is True, "student code must read its own submission"
    assert seen["scratch"] is True, "student code must be able to write its scratch folder (cwd, TMPDIR)"
    abi = landlock_abi()
    assert seen["inet socket"] is False or abi < 4, "confined student code could open an internet socket"


@pytest.mark.parametrize("name", ["read_hidden_checks", "read_solutions", "write_results", "tamper_worker",
                                  "import_side_effects", "kill_parent", "shadow_modules"])
def test_cheats_fail_without_namespaces(confined, name):
    if name not in confined["cases"]:
        pytest.skip(f"{name} needs Landlock ABI 6 when grading as root without namespaces")
    m = meta(name)
    res = confined["results"][name]
    r = res[TARGET.id]
    msgs = [r["message"], *r["checks"]]
    assert r["score"] <= m["MAX_SCORE"], f"{name}: earned {r['score']} without namespaces: {msgs}"
    assert not m["WORDS"] or any(m["WORDS"] in s for s in msgs), f"{name}: feedback {msgs}"
    assert res[OTHER.id]["status"] == "passed", f"{name} also cost the correct {OTHER.id}: {res[OTHER.id]}"


def test_every_hostile_submission_without_namespaces(confined):
    bad = []
    for name in confined["cases"]:
        m = meta(name)
        res = confined["results"][name]
        r = res[TARGET.id]
        msgs = [r["message"], *r["checks"]]
        if not m["MIN_SCORE"] <= r["score"] <= m["MAX_SCORE"]:
            bad.append(f"{name}: score {r['score']} ({msgs})")
        if res[OTHER.id]["status"] != "passed":
            bad.append(f"{name}: cost {OTHER.id}: {res[OTHER.id]['message']}")
        leaked = [line for s in msgs for line in HIDDEN_LINES if line in s]
        if leaked or any("Traceback" in s for s in msgs):
            bad.append(f"{name}: leaked {leaked or 'a traceback'}")
    assert not bad, "\n".join(bad)


def test_no_grader_file_written_and_no_network(confined):
    assert confined["trap_after"] == confined["trap_before"], "a confined submission changed grader-owned files"
    assert confined["connections"] == 0, "a confined submission reached a port on the host's loopback"


def test_spec_never_grants_the_kit_inside_site_packages(tmp_path, monkeypatch):
    # Installed non-editable (as on Gradescope), the kit's grader/ lies inside site-packages:
    # the rest of site-packages is readable, grader/ (with the hidden checks) is not.
    site = tmp_path / "site-packages"
    (site / "numpy").mkdir(parents=True)
    (site / "grader" / "hidden").mkdir(parents=True)
    (site / "nndl_kit-0.1.0.dist-info").mkdir()
    monkeypatch.setattr(isolation, "_site_path", lambda: [str(site)])
    monkeypatch.setattr(isolation, "_sensitive", lambda: [site, site / "grader", site / "grader" / "hidden"])
    spec = isolation.landlock_spec(tmp_path, tmp_path / "sub", tmp_path / "scratch")
    assert str(site / "numpy") in spec["read"], spec["read"]
    assert not any(p == str(site) or p.startswith(str(site / "grader")) for p in spec["read"]), \
        f"the kit's grader/ would be readable: {spec['read']}"
    assert str(site) in spec["list"], "site-packages must stay listable for imports"
    assert spec["write"] == [str(tmp_path / "scratch")], spec["write"]


def test_a_second_copy_of_the_kit_in_site_packages_is_kept_out(tmp_path, monkeypatch):
    # Gradescope: run_autograder runs the grader from /autograder/source, and setup.sh also
    # installed the kit, hidden checks and all, into /autograder/venv's site-packages.
    site = tmp_path / "venv" / "site-packages"
    (site / "numpy").mkdir(parents=True)
    (site / "grader" / "hidden" / "ch1").mkdir(parents=True)
    monkeypatch.setattr(isolation, "_site_path", lambda: [str(site)])
    assert site / "grader" in isolation._sensitive(), "the installed copy's grader/ must count as secret"
    spec = isolation.landlock_spec(tmp_path, tmp_path / "sub", tmp_path / "scratch")
    assert str(site / "numpy") in spec["read"] and not any("grader" in p for p in spec["read"]), spec["read"]
    args = isolation._bwrap_args(tmp_path, tmp_path / "sub", as_root=True)
    masked = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "--tmpfs"]
    assert any(m.endswith("/grader") for m in masked), f"bubblewrap must mask it too: {masked}"
