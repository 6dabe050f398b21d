"""The Gradescope bundle as Gradescope runs it: a fresh Debian root, setup.sh as root, run_autograder.

Gradescope unpacks the autograder zip into /autograder/source of a fresh image
(Ubuntu 22.04 or 24.04), runs setup.sh there once as root, and for each
submission copies the student's files into /autograder/submission, runs
/autograder/run_autograder and reads /autograder/results/results.json.  This
test does the same in a minimal Debian root made by Debian's own bootstrap tool
(mmdebstrap, else debootstrap), entered with chroot in a private mount
namespace (/proc and /dev mounted, the host's resolv.conf and CA bundle copied
in so that apt and pip reach their registries).  Ubuntu's packages cannot be
fetched here, so Debian stands in: bookworm has Python 3.11 and an
externally-managed system Python (PEP 668) like Ubuntu 24.04; no Debian release
has Python 3.10 (Ubuntu 22.04's), whose support the kit's own tests check on a
3.10 interpreter instead.  NNDL_IMAGE_SUITE picks another suite (e.g. trixie).

The bootstrapped root is cached as a tar file (NNDL_CACHE_DIR, else
/var/cache/nndl-kit as root, else $XDG_CACHE_HOME/nndl-kit) and rebuilt when
missing; every run unpacks a fresh copy.  Downloaded .deb files and pip's
wheels are kept there too, which only saves download time.

run_autograder runs first as root with every capability (the grader uses
bubblewrap), last the way Docker runs it, without CAP_SYS_ADMIN (no
namespaces: bubblewrap cannot start): the grader falls back to Landlock, and
hostile submissions that read the hidden checks or write results get nothing.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from grader import ROOT, catalogue, gradescope
from grader.worker import landlock_abi

from .test_adversarial import HOSTILE, meta

pytestmark = [pytest.mark.image, pytest.mark.slow]  # slow: minutes (the check time limit of slow tests)

SUITE = os.environ.get("NNDL_IMAGE_SUITE", "bookworm")
MIRROR = os.environ.get("NNDL_IMAGE_MIRROR", "http://deb.debian.org/debian")
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
HOST_CA = "/etc/ssl/certs/ca-certificates.crt"
EXERCISES = catalogue.all_exercises()

# Mounts live in a private mount namespace: they vanish with it, whatever happens.
ENTER = r'''
set -eu
R="$1"; CACHE="$2"; DROP="$3"; shift 3
mount --bind "$R" "$R"          # / a mount point, as in a container (else bubblewrap cannot start)
mount -t proc proc "$R/proc"
mount --bind /dev "$R/dev"
mkdir -p "$CACHE/apt" "$CACHE/pip" "$R/var/cache/apt/archives" "$R/root/.cache/pip"
mount --bind "$CACHE/apt" "$R/var/cache/apt/archives"
mount --bind "$CACHE/pip" "$R/root/.cache/pip"
if [ "$DROP" = 1 ]; then
  exec setpriv --bounding-set=-sys_admin -- chroot "$R" "$@"
fi
exec chroot "$R" "$@"
'''


def cache_dir() -> Path:
    if os.environ.get("NNDL_CACHE_DIR"):
        return Path(os.environ["NNDL_CACHE_DIR"])
    if os.geteuid() == 0:
        return Path("/var/cache/nndl-kit")
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nndl-kit"


def bootstrap_tool() -> list[str] | None:
    if shutil.which("mmdebstrap"):
        return ["mmdebstrap", "--variant=minbase", "--quiet"]
    if shutil.which("debootstrap"):
        return ["debootstrap", "--variant=minbase"]
    return None


def require_image_tools():
    if not sys.platform.startswith("linux"):
        pytest.skip("the Gradescope image test needs Linux")
    if os.geteuid() != 0:
        pytest.skip("the Gradescope image test needs root (chroot, mounts): run it as root, as CI does")
    missing = [t for t in ("chroot", "unshare", "setpriv", "tar") if shutil.which(t) is None]
    if bootstrap_tool() is None:
        missing.append("mmdebstrap or debootstrap")
    if missing:
        pytest.skip(f"the Gradescope image test needs {', '.join(missing)} (apt-get install mmdebstrap)")


def debian_root_tar() -> Path:
    """A minimal Debian root as a tar file, made once per machine (rebuilt when missing)."""
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    tar = cache / f"debian-{SUITE}-minbase.tar"
    with open(cache / f"debian-{SUITE}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time on this machine
        if tar.exists():
            return tar
        tool = bootstrap_tool()
        built = cache / f"debian-{SUITE}-minbase.part.tar"   # mmdebstrap writes a tar by its name
        tree = cache / f"debian-{SUITE}-minbase.part"        # debootstrap writes a folder
        built.unlink(missing_ok=True)
        shutil.rmtree(tree, ignore_errors=True)
        if tool[0] == "mmdebstrap":
            proc = subprocess.run([*tool, SUITE, str(built), MIRROR], capture_output=True, text=True,
                                  timeout=1800)
        else:
            proc = subprocess.run([*tool, SUITE, str(tree), MIRROR], capture_output=True, text=True,
                                  timeout=1800)
            if proc.returncode == 0:
                proc = subprocess.run(["tar", "-cf", str(built), "-C", str(tree), "."],
                                      capture_output=True, text=True, timeout=600)
            shutil.rmtree(tree, ignore_errors=True)
        assert proc.returncode == 0, f"{tool[0]} could not make a {SUITE} root: {proc.stderr[-2000:]}"
        os.replace(built, tar)
        return tar


def in_root(root: Path, command: str, env: dict | None = None, drop_sys_admin: bool = False,
            timeout: float = 900) -> subprocess.CompletedProcess:
    """Run ``command`` with bash, as root, inside the chroot (a clean environment, like Gradescope's)."""
    base = {"HOME": "/root", "PATH": PATH, "LANG": "C.UTF-8", "DEBIAN_FRONTEND": "noninteractive"}
    if (root / "etc" / "nndl-host-ca.crt").exists():
        base["PIP_CERT"] = "/etc/nndl-host-ca.crt"  # the host's CA bundle (a proxy's CA, if any)
    for key in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "no_proxy", "PIP_INDEX_URL"):
        if os.environ.get(key):
            base[key] = os.environ[key]
    base.update(env or {})
    cmd = ["unshare", "--mount", "--propagation", "private", "--", "bash", "-c", ENTER, "enter", str(root),
           str(cache_dir()), "1" if drop_sys_admin else "0",
           "/usr/bin/env", "-i", *[f"{k}={v}" for k, v in base.items()], "/bin/bash", "-c", command]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def image(tmp_path_factory):
    require_image_tools()
    tar = debian_root_tar()
    root = tmp_path_factory.mktemp("debian-root")
    unpacked = subprocess.run(["tar", "-xf", str(tar), "-C", str(root), "--numeric-owner"],
                              capture_output=True, text=True, timeout=600)
    assert unpacked.returncode == 0, f"could not unpack {tar}: {unpacked.stderr[-1000:]}"
    shutil.copyfile("/etc/resolv.conf", root / "etc" / "resolv.conf")
    if os.path.exists(HOST_CA):
        shutil.copyfile(HOST_CA, root / "etc" / "nndl-host-ca.crt")
    bundle = gradescope.build_bundle(tmp_path_factory.mktemp("bundle") / "autograder.zip")
    gradescope.extract(bundle, root / "autograder" / "source")
    setup = in_root(root, "cd /autograder/source && bash ./setup.sh", timeout=1800)
    assert setup.returncode == 0, f"setup.sh failed in a fresh {SUITE} root:\n{setup.stdout[-2000:]}\n{setup.stderr[-3000:]}"
    # Gradescope copies run_autograder next to source/ and runs it from there.
    shutil.copy(root / "autograder" / "source" / "run_autograder", root / "autograder" / "run_autograder")
    yield root
    shutil.rmtree(root, ignore_errors=True)


def grade(image: Path, files: dict[str, str] | Path, only: str | None = None,
          drop_sys_admin: bool = False) -> tuple[dict, subprocess.CompletedProcess]:
    """Put a submission in /autograder/submission, run run_autograder, read results.json."""
    sub = image / "autograder" / "submission"
    results = image / "autograder" / "results" / "results.json"
    shutil.rmtree(sub, ignore_errors=True)
    results.unlink(missing_ok=True)
    if isinstance(files, Path):
        shutil.copytree(files, sub, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    else:
        for rel, text in files.items():
            (sub / rel).parent.mkdir(parents=True, exist_ok=True)
            (sub / rel).write_text(text, encoding="utf-8")
    env = {"NNDL_AUTOGRADER_ONLY": only} if only else {}
    proc = in_root(image, "cd /autograder && ./run_autograder", env=env, drop_sys_admin=drop_sys_admin)
    assert proc.returncode == 0, f"run_autograder failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
    assert results.exists(), f"run_autograder wrote no results.json:\n{proc.stderr[-2000:]}"
    return json.loads(results.read_text(encoding="utf-8")), proc


def by_id(data: dict) -> dict:
    return {t["name"].split(":")[0]: t for t in data["tests"]}


def test_setup_installs_the_kit_into_a_venv(image):
    proc = in_root(image, "/autograder/venv/bin/python -c 'import sys, grader; print(sys.version_info[:2], grader.__file__)'")
    assert proc.returncode == 0, f"the kit is not importable in /autograder/venv: {proc.stderr[-1500:]}"
    assert "/autograder/venv/" in proc.stdout, proc.stdout


def test_reference_gets_full_marks(image):
    data, proc = grade(image, ROOT / "solutions")
    assert "bubblewrap cannot run" not in proc.stderr, f"bubblewrap should work as root here: {proc.stderr[-1500:]}"
    tests = by_id(data)
    assert set(tests) == {e.id for e in EXERCISES}, f"results.json names {sorted(tests)}"
    short = {i: (t["score"], t["max_score"], t["output"][-300:]) for i, t in tests.items() if t["score"] != t["max_score"]}
    assert not short, f"the reference lost points in the {SUITE} root: {short}"
    assert data["score"] == sum(t["max_score"] for t in tests.values()) > 0


def test_untouched_stubs_get_nothing(image):
    data, _ = grade(image, ROOT / "exercises")
    earned = {i: t["score"] for i, t in by_id(data).items() if t["score"]}
    assert not earned and data["score"] == 0, f"untouched stubs earned points: {earned}"
    assert all("not implemented" in t["output"] for t in data["tests"] if t["max_score"]), \
        "every stub's feedback should say it is not implemented yet"


def test_broken_submission_gets_a_message_per_exercise(image):
    ch1 = [e for e in EXERCISES if e.chapter == 1]
    files = {e.relpath: e.solution_path.read_text(encoding="utf-8") for e in ch1}
    perceptron, half_adder, network = catalogue.get("ch1.perceptron"), catalogue.get("ch1.half_adder"), \
        catalogue.get("ch1.network")
    files[perceptron.relpath] = "def perceptron(x, w, b)\n    return 1\n"          # a syntax error
    files[half_adder.relpath] = "raise RuntimeError('half done')\n"             # fails at import
    del files[network.relpath]                                                  # not submitted
    data, _ = grade(image, {Path(k).name: v for k, v in files.items()}, only="ch1")  # loose files
    tests = by_id(data)
    assert tests[perceptron.id]["score"] == 0 and "syntax error on line 1" in tests[perceptron.id]["output"], \
        tests[perceptron.id]
    assert tests[half_adder.id]["score"] == 0 and "half done" in tests[half_adder.id]["output"], tests[half_adder.id]
    assert tests[network.id]["score"] == 0 and "missing" in tests[network.id]["output"], tests[network.id]
    others = [e for e in ch1 if e.id not in (perceptron.id, half_adder.id, network.id)]
    short = {e.id: tests[e.id]["output"][-200:] for e in others if tests[e.id]["score"] != tests[e.id]["max_score"]}
    assert not short, f"one broken file cost other exercises: {short}"


@pytest.mark.parametrize("name", ["read_hidden_checks", "read_solutions", "write_results", "fork_bomb"])
def test_without_namespaces_landlock_keeps_hostile_code_out(image, name):
    if landlock_abi() < 1:
        pytest.skip("this kernel has no Landlock: without namespaces the grader cannot keep files away")
    source = image / "autograder" / "source"
    # An instructor's reference lying next to the bundle, and a grade-shaped trap file.
    ref = catalogue.get("ch1.perceptron")
    (source / "solutions" / "ch1").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ref.solution_path, source / "solutions" / "ch1" / "perceptron.py")
    trap = image / "autograder" / "trap"
    trap.mkdir(exist_ok=True)
    (trap / "results.json").write_text('{"score": 1}')
    (trap / "gradebook.csv").write_text("student,score\n")
    before = {p.name: p.read_bytes() for p in trap.iterdir()}
    runner_py = (source / "grader" / "runner.py").read_bytes()
    text = ((HOSTILE / f"{name}.py").read_text(encoding="utf-8").replace("__NNDL_ROOT__", "/autograder/source")
            .replace("__NNDL_TRAP__", "/autograder/trap").replace("__NNDL_PORT__", "9"))
    data, proc = grade(image, {"ch1/perceptron.py": text}, only="ch1.perceptron", drop_sys_admin=True)
    assert "Isolation in force: Landlock" in proc.stderr, \
        f"without namespaces the grader should confine with Landlock and say so: {proc.stderr[-1500:]}"
    [t] = data["tests"]
    assert t["score"] <= meta(name)["MAX_SCORE"], f"{name} earned {t['score']} in Gradescope's container: {t['output']}"
    assert {p.name: p.read_bytes() for p in trap.iterdir()} == before, f"{name} wrote grader-owned files"
    assert (source / "grader" / "runner.py").read_bytes() == runner_py, f"{name} changed the grader"
