"""The submission folder as the weapon: links, special files, huge files, odd names, hostile text.

A submission is data: the grader reads its regular files of bounded size and
nothing else, never follows a link out of it (at the top or inside), and shows
the student's text without terminal control characters or host paths.  Each
hostile case below is built at run time (git cannot hold a FIFO, a socket or a
device) and graded by every route: `runner.grade` in the sandbox and in the
plain fallback, `nndl grade SUBMISSION`, a class run (`nndl grade CLASS --jobs 2`,
then resumed) next to honest classmates, the Gradescope runner and
`nndl grade --nbgrader`.  Each case asserts that no point is gained, the grader
finishes, the message is plain, and the rest is graded normally.
"""
from __future__ import annotations

import csv
import json
import os
import re
import socket
import stat
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from grader import ROOT, catalogue, classroom, gradescope, nbgrader_grade, runner, untrusted
from grader.sandbox import Limits

from .conftest import make_submission
from .test_adversarial import require_sandbox

TARGET = catalogue.get("ch1.perceptron")     # the file each case attacks with
OTHER = catalogue.get("ch2.hadamard")        # an honest answer next to it (another folder)
EXS = [TARGET, OTHER]
ONLY = ",".join(e.id for e in EXS)
LIMIT = 8192                                 # bytes per file, for these tests
ENV = dict(os.environ, NNDL_SUBMISSION_FILE_BYTES=str(LIMIT))
LIMITS = Limits(call_seconds=5.0, cpu_seconds=10.0, memory_bytes=1 << 30, wall_seconds=20.0)
NNDL = [sys.executable, "-m", "grader.cli"]
SECONDS = 120                                # any route on any case: far below, or it hung

CONTROL = "\x1b[2J\x1b[1;1H\x1b]0;owned\x07\x1b]52;c;ZXZpbA==\x07\x9b31m\u202e"
CONTROL_SOURCE = f'''import numpy as np
MSG = "fake grade: 100/100" + chr(13) + "{CONTROL}" + chr(8) * 5 + "done"

def perceptron(x, w, b):
    raise ValueError(MSG)  # {CONTROL}

def nand_parameters():
    raise RuntimeError("\\x1b[31m" + MSG)
'''

HOST_PATHS_SOURCE = '''import os, sys
import numpy as np

def perceptron(x, w, b):
    raise ValueError(" | ".join([__file__, os.getcwd(), os.path.abspath("data.npz"), sys.prefix,
                                 np.__file__]))

def nand_parameters():
    raise FileNotFoundError(2, "No such file or directory",
                            os.path.join(os.path.dirname(os.path.abspath(__file__)), "weights.npz"))
'''


def reference(ex) -> str:
    return ex.solution_path.read_text(encoding="utf-8")


def honest(root: Path) -> Path:
    return make_submission(root, {e.relpath: reference(e) for e in EXS})


# ------------------------------------------------------------------ the cases

def _link(root: Path, target) -> Path:
    honest(root)
    path = root / TARGET.relpath
    path.unlink()
    os.symlink(target, path)
    return root


def _replace(root: Path, make) -> Path:
    honest(root)
    path = root / TARGET.relpath
    path.unlink()
    make(path)
    return root


def _socket(path: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(path))
    finally:
        s.close()


def _top_link(root: Path) -> Path:
    os.symlink(ROOT / "solutions", root)
    return root


def _folder_link(root: Path) -> Path:
    honest(root)
    folder = root / TARGET.chapter_dir
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    os.symlink(ROOT / "solutions" / TARGET.chapter_dir, folder)
    return root


def _inner_link(root: Path) -> Path:
    honest(root)
    (root / "mine").mkdir()
    (root / TARGET.relpath).rename(root / "mine" / "perceptron.py")
    os.symlink("../mine/perceptron.py", root / TARGET.relpath)
    return root


def _oversized(root: Path) -> Path:
    honest(root)
    (root / TARGET.relpath).write_text(reference(TARGET) + "\n# padding\n" + "#" * (2 * LIMIT) + "\n",
                                       encoding="utf-8")
    return root


def _odd_names(root: Path) -> Path:
    honest(root)
    base = os.fsencode(root / TARGET.chapter_dir)
    with open(base + b"/\xff\xfe notes.py", "wb") as f:
        f.write(b"X = 1\n")
    os.mkdir(base + b"/\xfe\xff")
    with open(base + b"/\xfe\xff/data.txt", "wb") as f:
        f.write(b"1\n")
    return root


def _text(source: str):
    def build(root: Path) -> Path:
        honest(root)
        (root / TARGET.relpath).write_text(source, encoding="utf-8")
        return root
    return build


# name: (build, words the message on TARGET must contain, TARGET's score)
CASES = {
    "top_link": (_top_link, "a link never counts as a submission", 0),
    "link_to_solutions": (lambda r: _link(r, ROOT / "solutions" / TARGET.relpath),
                          "ch1/perceptron.py is a link to somewhere outside the submission", 0),
    "folder_link_to_solutions": (_folder_link, "ch1 is a link to somewhere outside the submission", 0),
    "inner_link": (_inner_link, "ch1/perceptron.py is a link", 0),
    "link_to_dev_zero": (lambda r: _link(r, "/dev/zero"), "is a link", 0),
    "link_to_dev_stdout": (lambda r: _link(r, "/dev/stdout"), "is a link", 0),
    "fifo": (lambda r: _replace(r, os.mkfifo), "ch1/perceptron.py is a named pipe (FIFO)", 0),
    "socket": (lambda r: _replace(r, _socket), "ch1/perceptron.py is a socket", 0),
    "oversized": (_oversized, f"larger than {LIMIT // 1024} KB", 0),
    "odd_names": (_odd_names, "", TARGET.points),  # correct answers, strange neighbours: full marks
    "control_chars": (_text(CONTROL_SOURCE), "raised ValueError: fake grade", 0),
    "host_paths": (_text(HOST_PATHS_SOURCE), "ch1/perceptron.py", 0),
}
if os.geteuid() == 0:  # only root may make a device node
    CASES["device"] = (lambda r: _replace(r, lambda p: os.mknod(p, 0o644 | stat.S_IFCHR, os.makedev(1, 5))),
                       "ch1/perceptron.py is a device", 0)
WHOLE = {"top_link"}  # cases that cost the whole submission, not one exercise


# ------------------------------------------------------------------ what "plain" means

def host_markers(*extra: Path) -> list[str]:
    marks = {str(ROOT), os.path.realpath(ROOT), sys.prefix, os.path.realpath(sys.prefix),
             sys.base_prefix, "/tmp/nndl-", "/submission/"}
    marks |= {str(p) for p in extra} | {os.path.realpath(p) for p in extra}
    return sorted(m for m in marks if len(m) > 1)


def assert_plain(text: str, where: str, markers=()) -> None:
    bad = [hex(ord(c)) for c in text
           if (ord(c) < 32 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f or c in "\u202e\u2066"]
    assert not bad, f"{where}: terminal control characters {sorted(set(bad))} in {text!r}"
    shown = [m for m in markers if m in text]
    assert not shown, f"{where}: host paths {shown} in {text!r}"


def messages(result) -> list[str]:
    return [result.message] + [c.message for c in result.checks]


def check_results(name: str, results: dict, where: str, markers) -> None:
    _build, words, deserved = CASES[name]
    r = results[TARGET.id]
    assert r.score <= deserved, f"{where} {name}: earned {r.score}, deserves at most {deserved}: {r.message}"
    assert r.score >= deserved, f"{where} {name}: earned {r.score}, deserves {deserved}: {r.message}"
    if r.score < r.points:
        assert words in r.message, f"{where} {name}: the message should say {words!r}; it says {r.message!r}"
        assert "missing" not in r.message, f"{where} {name}: a refused file is reported as missing: {r.message}"
    for result in results.values():
        for text in messages(result):
            assert_plain(text, f"{where} {name}", markers)
            assert "Traceback" not in text, f"{where} {name}: a traceback leaked: {text}"
    other = results[OTHER.id]
    if name in WHOLE:
        assert other.score == 0 and words in other.message, f"{where} {name}: {OTHER.id}: {other.message}"
    else:
        assert other.status == "passed", f"{where} {name} also cost the honest {OTHER.id}: {other.message}"


@pytest.fixture(autouse=True)
def small_file_limit(monkeypatch):
    monkeypatch.setenv("NNDL_SUBMISSION_FILE_BYTES", str(LIMIT))


# ------------------------------------------------------------------ one submission, in-process

@pytest.fixture(scope="module")
def singles(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile-files")
    roots = {name: build(base / name) for name, (build, _, _) in CASES.items()}
    return base, roots


def _grade_all(roots: dict, isolation: str):
    def one(name):
        t0 = time.monotonic()
        results = runner.grade(roots[name], EXS, isolation=isolation, limits=LIMITS)
        return name, {r.id: r for r in results}, time.monotonic() - t0

    with ThreadPoolExecutor(max_workers=3) as pool:
        return {name: (res, secs) for name, res, secs in pool.map(one, sorted(roots))}


@pytest.mark.parametrize("isolation", ["sandbox", "subprocess"])
def test_single_submission(singles, isolation):
    if isolation == "sandbox":
        require_sandbox()
    base, roots = singles
    graded = _grade_all(roots, isolation)
    for name, (results, seconds) in graded.items():
        assert seconds < SECONDS, f"{isolation} {name}: grading took {seconds:.0f} s"
        check_results(name, results, isolation, host_markers(base))


def test_host_paths_become_relative(singles):
    require_sandbox()
    base, roots = singles
    [r] = runner.grade(roots["host_paths"], [TARGET], isolation="sandbox", limits=LIMITS)
    texts = " ".join(messages(r))
    assert "ch1/perceptron.py" in texts and "weights.npz" in texts, f"the student's own files: {texts}"
    assert_plain(texts, "host_paths", host_markers(base))


def test_control_characters_are_stripped_but_the_words_stay(singles):
    require_sandbox()
    base, roots = singles
    [r] = runner.grade(roots["control_chars"], [TARGET], isolation="sandbox", limits=LIMITS)
    assert "fake grade: 100/100" in r.message and "done" in r.message, f"the words were lost: {r.message!r}"
    assert "\x1b" not in r.message and "\r" not in r.message, repr(r.message)


CLI_CASES = ("link_to_dev_stdout", "top_link", "fifo", "link_to_dev_zero")


@pytest.fixture(scope="module")
def cli_runs(singles):
    # The grader's own stdout is a pipe here: a module linked to /dev/stdout hung it.
    base, roots = singles
    return {name: subprocess.run(NNDL + ["grade", str(roots[name]), "--only", ONLY, "--json"], cwd=ROOT,
                                 capture_output=True, text=True, timeout=SECONDS, env=ENV)
            for name in CLI_CASES}


def test_the_cli_grades_a_hostile_submission_and_does_not_hang(singles, cli_runs):
    base, _roots = singles
    for name, proc in cli_runs.items():
        assert proc.returncode == 0, f"{name}: nndl grade failed: {proc.stderr[-1500:]}"
        data = json.loads(proc.stdout)
        results = {x["id"]: classroom.runner_result(x) for x in data["exercises"]}
        check_results(name, results, "nndl grade", host_markers(base))
        assert "Traceback" not in proc.stderr, f"{name}: {proc.stderr[-1500:]}"


def test_every_path_into_the_files_is_safe(tmp_path):
    # The copy, the hash and single reads never open a FIFO (it would block) nor follow a link.
    root = tmp_path / "sub"
    for name, (build, _, _) in CASES.items():
        if name not in WHOLE:
            build(root / name)
    dest = tmp_path / "copy"
    t0 = time.monotonic()
    left = untrusted.copy_submission(root, dest)
    assert untrusted.tree_hash(root) == untrusted.tree_hash(root)
    assert time.monotonic() - t0 < 30, "copying and hashing took too long (did something block?)"
    copied = [p for p in dest.rglob("*")]
    assert all(not p.is_symlink() and (p.is_dir() or p.is_file()) for p in copied), \
        f"the copy holds something other than folders and regular files: {copied}"
    for name in ("fifo", "socket", "link_to_dev_zero", "oversized"):
        assert f"{name}/{TARGET.relpath}" in left, f"{name}: not left out: {sorted(left)}"
        assert not (dest / name / TARGET.relpath).exists(), f"{name}: copied anyway"
    assert f"{'folder_link_to_solutions'}/{TARGET.chapter_dir}" in left
    for name in ("fifo", "link_to_dev_zero", "link_to_solutions"):
        with pytest.raises(untrusted.Refused):
            untrusted.read_file(root / name, TARGET.relpath)
    with pytest.raises(untrusted.Refused):
        untrusted.read_file(root / "folder_link_to_solutions", TARGET.relpath)  # a folder above is a link


def test_a_submission_over_the_total_limit_loses_only_what_does_not_fit(tmp_path, monkeypatch):
    monkeypatch.setenv("NNDL_SUBMISSION_TOTAL_BYTES", "3000")
    root = honest(tmp_path / "sub")                          # about 2 KB of answers
    (root / "ch2" / "zz_data.txt").write_text("1" * 2000)    # read last (sorted), does not fit
    left = untrusted.copy_submission(root, tmp_path / "copy")
    assert set(left) == {"ch2/zz_data.txt"}, left
    assert "larger than 2.93 KB in all" in left["ch2/zz_data.txt"], left
    assert (tmp_path / "copy" / TARGET.relpath).read_text(encoding="utf-8") == reference(TARGET)


def test_host_paths_are_rewritten_only_where_they_are_paths():
    paths = untrusted.HostPaths(["/tmp/x/alice"])
    assert paths("see /tmp/x/alice/ch1/perceptron.py") == "see ch1/perceptron.py"
    assert paths("/tmp/x/alice2/y and /tmp/x/alicex") == "/tmp/x/alice2/y and /tmp/x/alicex"
    assert paths("/submissions/a /submission/ch1/p.py") == "/submissions/a ch1/p.py"
    assert paths(f"{ROOT}/grader/hidden/x.py") == "<kit>/grader/hidden/x.py"
    assert paths("/tmp/nndl-worker-ab_12/submission/ch2/h.py") == "ch2/h.py"


def test_plain_removes_controls_and_keeps_text():
    text = "a\x1b[31mred\x1b[0m\r\n\tb\x07\x1b]0;title\x07c\x9b2Jd\u202ee\udcff"
    assert untrusted.plain(text) == "ared\n\tbcde\\xff"
    assert untrusted.plain("表 ✓ ok") == "表 ✓ ok", "ordinary Unicode stays"


# ------------------------------------------------------------------ a class run

@pytest.fixture(scope="module")
def class_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile-class")
    folder = base / "class"
    folder.mkdir()
    for name, (build, _, _) in CASES.items():
        build(folder / name)
    honest(folder / "honest")                                         # the reference, a classmate
    os.symlink(folder / "honest", folder / "mallory")                 # plagiarism by link
    os.symlink("honest", folder / "mallory_relative")
    (folder / "eve").mkdir()
    os.symlink(ROOT / "solutions", folder / "eve" / "exercises")       # nested link to the solutions
    honest(Path(os.fsdecode(os.fsencode(folder) + b"/\xffbytes")))   # a name that is not UTF-8
    honest(folder / "\x1b[31mred\x07")                                # a name with control characters
    odd = Path(os.fsdecode(os.fsencode(folder) + b"/\xfe\x1b[1mpaths"))  # both, and host paths in its errors
    _text(HOST_PATHS_SOURCE)(odd)
    out = base / "grades"
    cmd = NNDL + ["grade", str(folder), "--jobs", "2", "--only", ONLY, "--out", str(out)]
    t0 = time.monotonic()
    first = subprocess.run(cmd + ["--json"], cwd=ROOT, capture_output=True, text=True, timeout=600, env=ENV)
    seconds = time.monotonic() - t0
    # Resumed: every student is unchanged (a FIFO in a submission must not hang the hashing).
    again = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=SECONDS, env=ENV)
    return {"folder": folder, "out": out, "first": first, "again": again, "seconds": seconds,
            "markers": host_markers(base)}


def _record(out: Path, name: str) -> dict:
    return json.loads((out / "students" / f"{name}.json").read_text(encoding="utf-8"))


def test_class_run_finishes_and_grades_the_honest(class_run):
    first, out = class_run["first"], class_run["out"]
    assert first.returncode == 0, f"the class run failed: {first.stderr[-2000:]}"
    data = json.loads(first.stdout)
    assert not data["failed"], f"students not graded: {data['failed']}"
    full = sum(e.points for e in EXS)
    rows = {r["student"]: r for r in csv.DictReader((out / "gradebook.csv").open(encoding="utf-8"))}
    for name in ("honest", "\\xffbytes", "red"):
        assert name in rows, f"no gradebook row {name!r}: {sorted(rows)}"
        assert float(rows[name]["total"]) == full, f"{name!r} is honest and got {rows[name]['total']}"


def test_class_run_hostile_students(class_run):
    out = class_run["out"]
    for name in CASES:
        if name in WHOLE:
            continue
        rec = _record(out, name)
        results = {x["id"]: classroom.runner_result(x) for x in rec["exercises"]}
        check_results(name, results, "class", class_run["markers"])


def test_odd_folder_names_never_show_in_paths(class_run):
    rec = _record(class_run["out"], "\\xfepaths")
    results = {x["id"]: classroom.runner_result(x) for x in rec["exercises"]}
    check_results("host_paths", results, "class", class_run["markers"])
    text = " ".join(messages(results[TARGET.id]))
    assert "ch1/perceptron.py" in text and "\\xfe" not in text and "paths/" not in text, \
        f"the submission's files should be named relative to it: {text}"


def test_links_never_count_as_submissions(class_run):
    out = class_run["out"]
    data = json.loads((out / "grades.json").read_text(encoding="utf-8"))
    by_name = {r["student"]: r for r in data["students"]}
    for name in ("mallory", "mallory_relative", "top_link", "eve"):
        rec = by_name[name]
        assert rec["totals"]["score"] == 0, f"{name} is a link and earned {rec['totals']['score']}"
        assert "link" in rec.get("note", ""), f"{name}: the note should say it is a link: {rec.get('note')}"
        assert name in data["no_submission"], f"{name} should be listed as holding no submission"


def test_class_outputs_are_plain(class_run):
    out, markers = class_run["out"], class_run["markers"]
    for path in [out / "gradebook.csv", out / "grades.json", *out.glob("gradescope/*/results.json"),
                 *out.glob("students/*.json")]:
        text = path.read_text(encoding="utf-8")
        # JSON escapes controls as \u001b: look at the decoded strings too.
        if path.suffix == ".json":
            text = json.dumps(json.loads(text), ensure_ascii=False)
            decoded = json.loads(text)
            text = " ".join(_strings(decoded))
        assert_plain(text, str(path.relative_to(out)), markers)
    names = sorted(p.name for p in (out / "students").iterdir())
    for n in names:
        assert_plain(n, "students/ file name")


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def test_resumed_class_run_does_not_hang_and_regrades_nothing(class_run):
    again = class_run["again"]
    assert again.returncode == 0, f"the resumed run failed: {again.stdout[-1500:]} {again.stderr[-1500:]}"
    graded = re.search(r"graded (\d+), unchanged since the last run (\d+)", again.stdout)
    assert graded and graded.group(1) == "0", f"the resumed run regraded students: {again.stdout[-800:]}"
    # The instructor's own output folder is named (where the gradebook went); nothing else of the host.
    assert_plain(again.stdout, "the class table on the terminal", host_markers())


# ------------------------------------------------------------------ Gradescope

def test_gradescope_upload(tmp_path):
    require_sandbox()
    uploads = {
        "top_link": _top_link(tmp_path / "top_link"),
        "loose_link": tmp_path / "loose_link",
        "loose_fifo": tmp_path / "loose_fifo",
        "laid_out_zero": _link(tmp_path / "laid_out_zero", "/dev/zero"),
        "control_chars": _text(CONTROL_SOURCE)(tmp_path / "control_chars"),
    }
    uploads["loose_link"].mkdir()
    os.symlink(TARGET.solution_path, uploads["loose_link"] / "perceptron.py")
    uploads["loose_fifo"].mkdir()
    os.mkfifo(uploads["loose_fifo"] / "perceptron.py")
    words = {"top_link": "a link never counts", "loose_link": "perceptron.py is a link",
             "loose_fifo": "perceptron.py is a named pipe", "laid_out_zero": "is a link",
             "control_chars": "fake grade"}
    for name, sub in uploads.items():
        results = tmp_path / "results" / name / "results.json"
        t0 = time.monotonic()
        payload = gradescope.run(sub, results, only=TARGET.id, isolation="sandbox")
        assert time.monotonic() - t0 < SECONDS, f"{name}: the Gradescope run took too long"
        assert payload["score"] == 0, f"{name}: Gradescope score {payload['score']}"
        [test] = payload["tests"]
        assert words[name] in test["output"], f"{name}: {test['output']!r}"
        assert_plain(" ".join(_strings(json.loads(results.read_text(encoding="utf-8")))), f"gradescope {name}",
                     host_markers(tmp_path))


# ------------------------------------------------------------------ nbgrader

@pytest.fixture(scope="module")
def nbgrader_run(tmp_path_factory):
    """A one-notebook nbgrader course, hostile students next to an honest one, graded once.

    A fixture, not the test: nbgrader's generate_assignment alone takes a minute on a busy
    machine, more than a check's own time limit."""
    from grader import nbgrader_course
    require_sandbox()
    tmp_path = tmp_path_factory.mktemp("hostile-nbgrader")
    bin_dir = Path(sys.executable).parent
    course = tmp_path / "course"
    nbgrader_course.build(course, [1])
    keep = {f"{TARGET.name}.ipynb"}
    for nb in (course / "source" / "ch1").glob("*.ipynb"):
        if nb.name not in keep:
            nb.unlink()
    env = dict(ENV, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    gen = subprocess.run([str(bin_dir / "nbgrader"), "generate_assignment", "ch1"], cwd=course, env=env,
                         capture_output=True, text=True, timeout=600)
    assert gen.returncode == 0, gen.stderr[-2000:]
    release = course / "release" / "ch1" / f"{TARGET.name}.ipynb"
    source = course / "source" / "ch1" / f"{TARGET.name}.ipynb"   # holds the reference answer
    answer = nbgrader_course.answer_id(TARGET)

    def notebook(src: str) -> str:
        nb = json.loads(release.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["metadata"].get("nbgrader", {}).get("grade_id") == answer:
                cell["source"] = src
        return json.dumps(nb)

    submitted = course / "submitted"
    students = {}

    def student(name: str) -> Path:
        d = submitted / name / "ch1"
        d.mkdir(parents=True)
        students[name] = d
        return d / f"{TARGET.name}.ipynb"

    student("honest").write_text(notebook(reference(TARGET)), encoding="utf-8")
    os.symlink(source, student("link_to_source"))
    os.mkfifo(student("fifo"))
    os.symlink("/dev/zero", student("zero"))
    student("oversized").write_text(notebook(reference(TARGET) + "#" * (2 * LIMIT)), encoding="utf-8")
    student("control_chars").write_text(notebook(CONTROL_SOURCE), encoding="utf-8")
    student("odd_json").write_text(json.dumps({"cells": ["x", 1, {"cell_type": "code", "metadata": []},
                                                         {"cell_type": "code", "source": [1, 2],
                                                          "metadata": {"nbgrader": {"grade_id": answer}}}],
                                               "metadata": {"kernelspec": {"name": "__import__('os')"}}}),
                                   encoding="utf-8")
    student("deep_json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    os.symlink(submitted / "honest", submitted / "mallory")          # a student folder that is a link
    odd = [os.fsdecode(b"\xffbytes"), "\x1b[31mred"]                # not usable as nbgrader ids
    for name in odd:
        student(name).write_text(notebook(reference(TARGET)), encoding="utf-8")
    proc = subprocess.run([str(bin_dir / "nndl"), "grade", "--nbgrader", str(course), "ch1", "--json"],
                          capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path)
    return {"proc": proc, "course": tmp_path / "course", "odd": odd, "markers": host_markers(tmp_path)}


def test_nbgrader_notebooks_are_data(nbgrader_run):
    proc, course, odd = nbgrader_run["proc"], nbgrader_run["course"], nbgrader_run["odd"]
    assert proc.returncode == 0, f"nndl grade --nbgrader failed: {proc.stderr[-2000:]}"
    graded = json.loads(proc.stdout)
    assert graded["honest"]["score"] == TARGET.points, f"honest: {graded['honest']}"
    assert not set(odd) & set(graded), "a folder name that is no student id was graded into the gradebook"
    for name in ("link_to_source", "fifo", "zero", "oversized", "control_chars", "odd_json", "deep_json",
                 "mallory"):
        assert name in graded, f"{name} was not graded: {sorted(graded)}"
        g = graded[name]
        assert g["score"] == 0, f"{name} earned {g['score']} from a hostile notebook: {g}"
        message = g["exercises"][TARGET.id]["message"]
        assert message, f"{name}: no message"
        assert_plain(message, f"nbgrader {name}", nbgrader_run["markers"])
        # The feedback file is the same results in markdown (written next to nbgrader's autograded notebooks).
        feedback = nbgrader_grade.feedback_text(name, "ch1", [classroom.runner_result(
            {"id": TARGET.id, "title_en": TARGET.title_en, "title_zh": TARGET.title_zh, "points": TARGET.points,
             "manual_points": 0.0, "score": 0.0, "status": "failing", "message": message, "checks": []})])
        assert_plain(feedback, f"nbgrader feedback of {name}", nbgrader_run["markers"])
    for name in ("link_to_source", "zero", "mallory"):
        assert "link" in graded[name]["exercises"][TARGET.id]["message"], graded[name]
    assert "named pipe" in graded["fifo"]["exercises"][TARGET.id]["message"], graded["fifo"]
    assert "larger than" in graded["oversized"]["exercises"][TARGET.id]["message"], graded["oversized"]
