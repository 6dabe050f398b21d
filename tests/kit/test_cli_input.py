"""Bad or surprising input on the command line: plain one-line errors, never a traceback.

Class detection, --only, unknown chapters and ids, unwritable folders, release
safety, train's numbers, and Ctrl-C.
"""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grader import ROOT, catalogue, classroom, cli, release

from .conftest import make_submission

PERCEPTRON = catalogue.get("ch1.perceptron")
RIGHT = PERCEPTRON.solution_path.read_text(encoding="utf-8")
WRONG = "def perceptron(x, w, b):\n    return 1\n\ndef nand_parameters():\n    return (1, 1), 1\n"
ENV = {**os.environ, "NNDL_LANG": "en", "COLUMNS": "200"}


def nndl(*args, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "grader.cli", *map(str, args)], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, timeout=timeout)


def plain_error(proc: subprocess.CompletedProcess, *words: str) -> str:
    """The one-line error of a failed run (asserts it is one, and names ``words``)."""
    assert proc.returncode not in (0, 130), f"expected an error, got {proc.returncode}:\n{proc.stdout}{proc.stderr}"
    assert "Traceback" not in proc.stderr + proc.stdout, f"a traceback instead of a message:\n{proc.stderr}"
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, f"expected one line of error, got:\n{proc.stderr}"
    for w in words:
        assert w in lines[0], f"the error should mention {w!r}: {lines[0]}"
    return lines[0]


def submission(folder: Path, text: str = RIGHT) -> Path:
    return make_submission(folder, {PERCEPTRON.relpath: text})


# ------------------------------------------------------------------ 1. which folder is a class

def test_jobs_on_one_submission_grades_it_as_one(tmp_path):
    sub = submission(tmp_path / "mine")
    proc = nndl("grade", sub, "--jobs", "2", "--only", PERCEPTRON.id)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "student(s)" not in proc.stdout and "ch1.perceptron" in proc.stdout, proc.stdout
    assert not (tmp_path / "mine-grades").exists(), "one submission was graded as a class"
    assert "--jobs" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_out_on_one_submission_is_an_error(tmp_path):
    sub = submission(tmp_path / "mine")
    plain_error(nndl("grade", sub, "--out", tmp_path / "g", "--only", PERCEPTRON.id), "--out")
    assert not (tmp_path / "g").exists()


def test_class_with_nested_and_missing_submissions(tmp_path):
    cls = tmp_path / "class"
    submission(cls / "alice" / "exercises")                         # one level down
    submission(cls / "bob" / "nndl-kit" / "exercises")              # a whole checkout
    submission(cls / "bob" / "nndl-kit" / "solutions", WRONG)       # ... exercises/ wins
    submission(cls / "carol")                                       # the submission itself
    (cls / "dave").mkdir()
    (cls / "dave" / "notes.txt").write_text("I forgot\n")
    (cls / ".git").mkdir()
    proc = nndl("grade", cls, "--only", PERCEPTRON.id)
    out = tmp_path / "class-grades"
    assert proc.returncode == 0, proc.stdout + proc.stderr
    rows = {r["student"]: r for r in csv.DictReader((out / "gradebook.csv").open(encoding="utf-8"))}
    assert sorted(rows) == ["alice", "bob", "carol", "dave"], rows
    for name in ("alice", "bob", "carol"):
        assert float(rows[name]["total"]) == PERCEPTRON.points, rows[name]
    assert float(rows["dave"]["total"]) == 0 and float(rows["dave"]["max"]) == PERCEPTRON.points, rows["dave"]
    assert "no ch1/, ch2/ or ch3/ folder inside dave/" in rows["dave"]["note"], rows["dave"]
    assert "dave" in proc.stdout and "no ch1/, ch2/ or ch3/ folder" in proc.stdout, proc.stdout
    assert not (out / "students" / "exercises.json").exists(), "a nested folder was named as the student"


def test_a_folder_of_junk_is_not_a_class(tmp_path):
    junk = tmp_path / "junk"
    submission(junk / "one")
    for name in ("downloads", "photos", "tmp"):
        (junk / name).mkdir(parents=True)
    line = plain_error(nndl("grade", junk, "--only", PERCEPTRON.id), "submission folder", "class folder")
    assert str(junk) in line
    assert not (tmp_path / "junk-grades").exists(), "grades were written for a folder of junk"


def test_is_class_half_rule(tmp_path):
    cls = tmp_path / "c"
    submission(cls / "a")
    (cls / "b").mkdir()
    (cls / ".hidden").mkdir()
    assert classroom.is_class(cls), "one of two subfolders holds a submission: a class"
    (cls / "c").mkdir()
    assert not classroom.is_class(cls), "one of three subfolders: not a class"
    assert not classroom.is_class(cls / "a"), "a submission is not a class"


# ------------------------------------------------------------------ 2. --only

def test_only_ignores_empty_items_and_spaces(tmp_path):
    sub = submission(tmp_path / "mine")
    proc = nndl("grade", sub, "--only", f" {PERCEPTRON.id} , ,", "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    ids = [x["id"] for x in json.loads(proc.stdout)["exercises"]]
    assert ids == [PERCEPTRON.id], ids


@pytest.mark.parametrize("only, bad", [("a,", "'a'"), (f"{PERCEPTRON.id},zz", "'zz'"), ("ch9", "ch9")])
def test_only_names_the_unknown_id(tmp_path, only, bad):
    sub = submission(tmp_path / "mine")
    plain_error(nndl("grade", sub, "--only", only), bad, "nndl list")


def test_only_with_nothing_in_it(tmp_path):
    sub = submission(tmp_path / "mine")
    plain_error(nndl("grade", sub, "--only", " , "), "--only")


# ------------------------------------------------------------------ 3. unknown chapters and ids

@pytest.mark.parametrize("args, word", [
    (["nbgrader", "build", "{tmp}/course", "--chapter", "x"], "'x'"),
    (["nbgrader", "build", "{tmp}/course", "--chapter", "ch9"], "ch9"),
    (["check", "x"], "'x'"),
    (["hint", "x"], "'x'"),
    (["list", "x"], "'x'"),
    (["list", "ch9"], "ch9"),
    (["notebooks", "{tmp}/nb", "--chapter", "x"], "'x'"),
])
def test_unknown_chapter_or_id(tmp_path, args, word):
    plain_error(nndl(*[a.format(tmp=tmp_path) for a in args]), word)
    assert not (tmp_path / "course").exists() and not (tmp_path / "nb").exists()


# ------------------------------------------------------------------ 4. unwritable places

@pytest.fixture
def under_a_file(tmp_path) -> Path:
    """A path nobody can create, root included: its parent is a regular file."""
    (tmp_path / "afile").write_text("not a folder\n")
    return tmp_path / "afile" / "out"


def test_release_into_an_unwritable_place(under_a_file):
    plain_error(nndl("release", under_a_file), str(under_a_file))


def test_data_fetch_into_an_unwritable_place(under_a_file, tmp_path):
    plain_error(nndl("data", "fetch", "--dir", under_a_file, "--mirror", (tmp_path / "none").as_uri()),
                str(under_a_file))


def test_nbgrader_build_and_class_out_into_an_unwritable_place(under_a_file, tmp_path):
    plain_error(nndl("nbgrader", "build", under_a_file, "--chapter", "ch1"), str(under_a_file))
    cls = tmp_path / "class"
    submission(cls / "alice")
    plain_error(nndl("grade", cls, "--out", under_a_file, "--only", PERCEPTRON.id), str(under_a_file))


# ------------------------------------------------------------------ 5. release safety

def test_force_never_deletes_a_folder_that_is_not_a_release(tmp_path):
    precious = tmp_path / "home"
    (precious / "thesis").mkdir(parents=True)
    (precious / "thesis" / "chapter1.tex").write_text("years of work\n")
    with pytest.raises(release.ReleaseError, match="release"):
        release.build(precious, force=True)
    assert (precious / "thesis" / "chapter1.tex").read_text() == "years of work\n"
    proc = nndl("release", precious, "--force")
    plain_error(proc, str(precious))
    assert (precious / "thesis" / "chapter1.tex").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"], "staging left behind"


def test_force_refuses_the_folder_holding_the_kit(tmp_path):
    kit = tmp_path / "home" / "nndl-kit"
    (kit / "grader").mkdir(parents=True)
    (kit / "grader" / "keep.py").write_text("x = 1\n")
    for target in (tmp_path / "home", kit):
        with pytest.raises(release.ReleaseError):
            release.build(target, root=kit, force=True)
    assert (kit / "grader" / "keep.py").exists()


def test_force_replaces_an_earlier_release(tmp_path):
    out = tmp_path / "bundle"
    release.build(out)
    assert (out / release.MARKER).is_file(), "a release carries its marker"
    release.build(out, force=True)
    assert (out / release.MARKER).is_file() and (out / "exercises" / PERCEPTRON.relpath).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle"], "staging left behind"
    (out / "exercises" / "mine.py").write_text("a student's file\n")
    done = release.build(out, force=True)
    assert not (out / "exercises" / "mine.py").exists() and done.changed == ["exercises/mine.py"]
    assert (done.kept / "exercises" / "mine.py").read_text() == "a student's file\n", "--force deleted work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle", done.kept.name], "staging left behind"


def test_a_leaking_bundle_leaves_the_old_release_untouched(tmp_path, monkeypatch):
    out = tmp_path / "bundle"
    release.build(out)
    (out / "mine.txt").write_text("still here\n")
    monkeypatch.setattr(release, "leaks", lambda bundle, root=ROOT: ["solutions/ is in the bundle"])
    with pytest.raises(release.ReleaseError, match="answers"):
        release.build(out, force=True)
    assert (out / "mine.txt").read_text() == "still here\n", "the old release was replaced"
    with pytest.raises(release.ReleaseError, match="answers"):
        release.build(tmp_path / "fresh")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle"], "a half-written bundle was left"


# ------------------------------------------------------------------ 6. train's numbers

@pytest.mark.parametrize("args, word", [
    (["--epochs", "-1"], "--epochs"), (["--epochs", "0"], "--epochs"),
    (["--mini-batch-size", "0"], "--mini-batch-size"), (["--eta", "-3"], "--eta"),
    (["--eta", "nan"], "--eta"), (["--limit", "0"], "--limit"),
    (["--sizes", "784"], "--sizes"), (["--sizes", "784,30,9"], "--sizes"),
    (["--sizes", "100,30,10"], "--sizes"), (["--sizes", "784,0,10"], "--sizes"),
    (["--sizes", "784,x,10"], "--sizes"),
])
def test_train_rejects_bad_numbers(capsys, args, word):
    with pytest.raises(SystemExit) as exc:
        cli.main(["train", "--no-progress", *args])
    err = capsys.readouterr().err
    assert exc.value.code == 2, f"argparse exits with 2, got {exc.value.code}"
    assert "Traceback" not in err and word in err and "Epoch" not in err, err


# ------------------------------------------------------------------ 7. Ctrl-C

def descendants(pid: int) -> set[int]:
    """Every process below ``pid``, whichever of its threads started it (the grader's lanes are threads)."""
    found, todo = set(), [pid]
    while todo:
        p = todo.pop()
        kids = []
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                try:
                    kids += (task / "children").read_text().split()
                except OSError:
                    pass
        except OSError:
            continue
        for k in map(int, kids):
            found.add(k)
            todo.append(k)
    return found


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.parametrize("command", ["check", "grade"])
def test_ctrl_c_prints_one_line_and_leaves_no_worker(tmp_path, command):
    sub = submission(tmp_path / "slow", "def perceptron(x, w, b):\n    while True:\n        pass\n\n"
                                        "def nand_parameters():\n    while True:\n        pass\n")
    args = (["check", PERCEPTRON.id, "--path", str(sub)] if command == "check"
            else ["grade", str(sub), "--only", PERCEPTRON.id])
    # As a terminal does: SIGINT to the whole process group, once the worker runs.
    # As in a terminal, Ctrl-C is not ignored (a background job of a script inherits SIGINT ignored,
    # and Python then never raises KeyboardInterrupt): the child starts with the default action.
    proc = subprocess.Popen([sys.executable, "-m", "grader.cli", *args], cwd=ROOT, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not descendants(proc.pid):
            time.sleep(0.05)
        time.sleep(1.0)
        kids = descendants(proc.pid)
        assert kids, "the worker never started"
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, f"exit {proc.returncode}:\n{out}\n{err}"
    assert "Traceback" not in err, err
    assert err.strip() == "nndl: interrupted; nothing was written", err
    gone_by = time.monotonic() + 5  # killed processes may take a moment to be reaped on a busy machine
    while time.monotonic() < gone_by and any(running(k) for k in kids):
        time.sleep(0.1)
    alive = [k for k in kids if running(k)]
    def cmdline(pid):
        try:
            return open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")[:200]
        except OSError:
            return "?"
    assert not alive, f"a worker outlived nndl: {[(k, cmdline(k)) for k in alive]}"


def test_ctrl_c_while_loading_is_quiet(monkeypatch, capsys):
    """Ctrl-C in the first moments (building the parser, importing) is caught too."""
    def interrupted(*a, **kw):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli.importlib, "import_module", interrupted)
    try:
        rc = cli.main(["list"])
    except KeyboardInterrupt:
        pytest.fail("Ctrl-C while building the parser escaped as a traceback")
    assert rc == 130
    assert capsys.readouterr().err.strip() == "nndl: interrupted"


# ------------------------------------------------------------------ 7. every command, bad input, no traceback

NO_BWRAP = {"PATH": str(Path(sys.executable).parent)}  # the kit's Python, but no bwrap (nor unshare)


def leaf_commands(parser=None, prefix=()) -> list[tuple[str, ...]]:
    """Every runnable command path of `nndl`: ("list",), ("data", "fetch"), ..."""
    import argparse
    parser = parser or cli.build_parser()
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                out += leaf_commands(child, prefix + (name,)) or [prefix + (name,)]
    return out


def bad_inputs(tmp: Path) -> list[tuple[tuple, dict]]:
    """(arguments, extra environment) for each command, each one wrong in some way.

    ``tmp`` holds a_file (a file), a_folder (an empty folder); ``missing`` does not exist."""
    a_file, folder, missing = tmp / "a_file", tmp / "a_folder", tmp / "missing"
    return [
        (("list", "ch9"), {}),
        (("list", "--lang", "xx"), {}),
        (("stubs", "--bogus"), {}),
        (("check", "ch9"), {}),
        (("check", "--path", missing), {}),
        (("hint", "ch1.no_such_exercise"), {}),
        (("watch", "--path", a_file), {}),
        (("notebooks", a_file / "out"), {}),
        (("grade", "solutions", "--require-sandbox", "--only", PERCEPTRON.id), NO_BWRAP),
        (("grade", "solutions", "--isolation", "sandbox", "--only", PERCEPTRON.id), NO_BWRAP),
        (("grade", "--nbgrader", missing, "ch1", "--require-sandbox"), NO_BWRAP),
        (("grade", "--nbgrader", missing, "ch1"), {}),
        (("grade", missing), {}),
        (("gradescope-bundle", folder), {}),
        (("gradescope-bundle", a_file / "x.zip"), {}),
        (("release", a_file), {}),
        (("plot", "sigmoid", a_file / "x.png"), {}),
        (("plot", "curves", missing / "h.json", tmp / "c.png"), {}),
        (("plot", "misclassified", missing / "a.npz", tmp / "m.png"), {}),
        (("nbgrader", "build", a_file), {}),
        (("nbgrader", "build", tmp / "course", "--chapter", "ch9"), {}),
        (("nbgrader", "grade", missing, "ch1"), {}),
        (("nbgrader", "grade", missing, "ch1", "--require-sandbox"), NO_BWRAP),
        (("data", "fetch", "--dir", a_file), {}),
        (("data", "info", "--data", missing), {}),
        (("similarity", a_file), {}),
        (("manual", "collect", missing), {}),
        (("manual", "merge", missing), {}),
        (("report", missing), {}),
        (("final", "train", "--epochs", "0"), {}),
        (("final", "status", "--path", missing), {}),
        (("train", "--epochs", "0"), {}),
        (("train", "--data", missing, "--epochs", "1"), {}),
    ]


PLACE = Path("TMP")
BAD = [(" ".join(map(str, args)) + (" (no bwrap)" if env else "")) for args, env in bad_inputs(PLACE)]


def test_every_command_is_tried_with_bad_input():
    tried = [tuple(map(str, args)) for args, _ in bad_inputs(PLACE)]
    for command in leaf_commands():
        assert any(args[:len(command)] == command for args in tried), \
            f"`nndl {' '.join(command)}` has no bad-input case"


@pytest.mark.parametrize("case", range(len(BAD)), ids=BAD)
def test_bad_input_never_shows_a_traceback(tmp_path, case):
    (tmp_path / "a_file").write_text("not a folder\n")
    (tmp_path / "a_folder").mkdir()
    args, env = bad_inputs(tmp_path)[case]
    proc = subprocess.run([sys.executable, "-m", "grader.cli", *map(str, args)], cwd=ROOT,
                          env={**ENV, **env}, capture_output=True, text=True, timeout=300)
    shown = proc.stdout + proc.stderr
    what = f"`nndl {' '.join(map(str, args))}`"
    assert proc.returncode not in (0, 130), f"{what} should fail, got 0:\n{shown}"
    assert "Traceback" not in shown and 'File "' not in shown, f"{what} showed a traceback:\n{shown}"
    assert proc.stderr.strip(), f"{what} failed without saying why"
    assert "RuntimeWarning" not in shown, f"{what} showed a Python warning:\n{shown}"
    assert "unexpected error" not in shown, f"{what} reached the last-resort handler:\n{shown}"


def test_no_sandbox_warning_is_shown_once_and_plainly(tmp_path):
    sub = submission(tmp_path / "mine")
    proc = subprocess.run([sys.executable, "-m", "grader.cli", "grade", str(sub), "--only", PERCEPTRON.id],
                          cwd=ROOT, env={**ENV, **NO_BWRAP}, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # Without bubblewrap the grader says once which isolation is in force: Landlock where the
    # kernel has it, else the plain subprocess (a louder warning).
    said = proc.stderr.count("WITHOUT the bubblewrap sandbox") + proc.stderr.count("bubblewrap cannot run here")
    assert said == 1, f"the warning should show once:\n{proc.stderr}"
    assert "RuntimeWarning" not in proc.stderr and "warnings.warn" not in proc.stderr, proc.stderr


# ------------------------------------------------------------------ 8. the command line itself

def all_parsers(parser=None, path="nndl"):
    import argparse
    parser = parser or cli.build_parser()
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from all_parsers(child, f"{path} {name}")


def test_every_option_and_argument_has_help_and_no_internal_name():
    import argparse
    for path, parser in all_parsers():
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction) or action.help == argparse.SUPPRESS:
                continue
            name = "/".join(action.option_strings) or action.dest
            assert action.help, f"`{path}`: {name} has no help text"
            if not action.option_strings:
                shown = str(action.metavar or action.dest)
                assert shown[:3].upper() == shown[:3], \
                    f"`{path}`: the positional {action.dest} shows as {shown!r}; give it a plain METAVAR"
        text = parser.format_help()
        for internal in ("_command", "out_dir", "course_dir"):
            assert internal not in text, f"`{path} --help` shows the internal name {internal!r}"


def test_lang_is_accepted_before_and_after_every_command():
    for path, parser in all_parsers():
        assert "--lang" in parser._option_string_actions, f"`{path}` does not accept --lang"
    for args in (["--lang", "zh", "list", "ch1"], ["list", "ch1", "--lang", "zh"]):
        proc = nndl(*args)
        assert proc.returncode == 0 and "标题" in proc.stdout, f"nndl {' '.join(args)}:\n{proc.stdout}{proc.stderr}"


def test_bare_nndl_lists_the_commands_and_version_exists():
    from grader import __version__
    proc = nndl()
    assert proc.returncode == 0, proc.stderr
    for command in ("check", "grade", "list", "release", "train"):
        assert command in proc.stdout, f"bare `nndl` should list {command}:\n{proc.stdout}"
    proc = nndl("--version")
    assert proc.returncode == 0 and __version__ in proc.stdout, proc.stdout + proc.stderr
    proc = nndl("data")
    assert "Traceback" not in proc.stderr and "data_command" not in proc.stdout + proc.stderr, proc.stderr
    assert "fetch" in proc.stdout + proc.stderr, "`nndl data` should name its actions"


def test_only_into_an_existing_gradebook_never_drops_its_columns(tmp_path):
    cls = tmp_path / "class"
    for name in ("alice", "bob"):
        make_submission(cls / name, {PERCEPTRON.relpath: RIGHT})
    out = tmp_path / "grades"
    other = catalogue.get("ch1.sigmoid_output") if any(e.id == "ch1.sigmoid_output" for e in catalogue.all_exercises()) \
        else [e for e in catalogue.select("ch1") if e.id != PERCEPTRON.id and not e.slow][0]
    proc = nndl("grade", cls, "--out", out, "--only", f"{PERCEPTRON.id},{other.id}", "--quick")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    before = (out / "gradebook.csv").read_text(encoding="utf-8")
    assert other.id in before.splitlines()[0], before
    proc = nndl("grade", cls, "--out", out, "--only", PERCEPTRON.id, "--quick")
    line = plain_error(proc, "--replace")
    assert other.id in line or "1 exercise" in line or str(out) in line, line
    assert (out / "gradebook.csv").read_text(encoding="utf-8") == before, "the gradebook lost its columns"
    proc = nndl("grade", cls, "--out", out, "--only", PERCEPTRON.id, "--quick", "--replace")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    header = (out / "gradebook.csv").read_text(encoding="utf-8").splitlines()[0]
    assert PERCEPTRON.id in header and other.id not in header, header
