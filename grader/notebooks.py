"""`nndl notebooks OUT_DIR`: the exercises as plain Jupyter notebooks, for students.

One folder per chapter, one notebook per exercise (``ch1/perceptron.ipynb``), so
two exercises that both define ``sigmoid`` cannot overwrite each other's answer:

1. the statement (title, summary, book link, points) in English and Chinese;
2. the exercise's stub, to fill in (its docstring is the full statement);
3. a self-check cell that runs the exercise's visible checks on the cell above.

The self-check reuses the nbgrader course's in-kernel runner
(`grader.nbgrader_course.load_checks` / `run_check`); the instructor's nbgrader
notebooks come from `nndl nbgrader build` instead.  Notebooks already in OUT_DIR
(perhaps with a student's answers) are left alone unless ``force``.
"""
from __future__ import annotations

from pathlib import Path

from . import catalogue
from .catalogue import Exercise
from .messages import t


def _nbformat():
    try:
        import nbformat
    except ImportError:
        raise SystemExit(t("need_nbformat")) from None
    return nbformat


def statement(ex: Exercise) -> str:
    pts = f"{ex.points:g}"
    lines = [f"# {ex.title_en} · {ex.title_zh}", "",
             f"`{ex.id}` · [book §{ex.section} · 原书 §{ex.section}]({ex.url}) · "
             f"{pts} points · {pts} 分"
             + (f" (+{ex.manual_points:g} written, graded by hand · 文字部分人工评分)" if ex.manual_points else ""),
             ""]
    if ex.summary_en:
        lines += [ex.summary_en, ""]
    if ex.summary_zh:
        lines += [ex.summary_zh, ""]
    lines += ["Fill in each `# YOUR CODE HERE` in the next cell (its docstring is the full statement), run it, "
              f"then run the self-check cell. `nndl hint {ex.id}` gives hints one at a time.", "",
              "在下一个单元格中补全每个 `# YOUR CODE HERE`(完整题目见文档字符串),运行它,再运行自查单元格。"
              f"`nndl hint {ex.id}` 会逐条给出提示。"]
    return "\n".join(lines)


def self_check_source(ex: Exercise) -> str:
    return (f"# Self-check · 自查: the visible checks of {ex.id} on the cell above\n"
            f"from grader import notebooks as _nndl\n"
            f"_nndl.self_check({ex.id!r}, globals())")


def notebook(ex: Exercise, stub_text: str):
    nbf = _nbformat()
    nb = nbf.v4.new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata["nndl"] = {"exercise": ex.id}
    nb.cells = [nbf.v4.new_markdown_cell(statement(ex)),
                nbf.v4.new_code_cell(stub_text.rstrip("\n")),
                nbf.v4.new_code_cell(self_check_source(ex))]
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{ex.chapter_dir}-{ex.name}-{i}"[:64]
    return nb


def exportable(chapter: str | None = None) -> list[Exercise]:
    return [e for e in catalogue.select(chapter) if e.stub_path.exists() and e.visible_path.exists()]


def export(out_dir: Path, chapter: str | None = None, force: bool = False) -> list[Path]:
    """Write the notebooks; returns the files written (existing ones are kept unless ``force``)."""
    nbf = _nbformat()
    written = []
    for ex in exportable(chapter):
        path = Path(out_dir) / ex.chapter_dir / f"{ex.name}.ipynb"
        if path.exists() and not force:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        nb = notebook(ex, ex.stub_path.read_text(encoding="utf-8"))
        nbf.validate(nb)
        nbf.write(nb, str(path))
        written.append(path)
    return written


# ------------------------------------------------------------------ inside the notebook's kernel

def self_check(exercise_id: str, namespace: dict, lang: str | None = None) -> bool:
    """Run the visible checks of ``exercise_id`` on the notebook's globals; print one line each."""
    from .nbgrader_course import CheckFailed, load_checks, run_check
    ex = catalogue.get(exercise_id)
    checks = load_checks(ex.visible_path.read_text(encoding="utf-8"),
                         ex.visible_path.relative_to(catalogue.ROOT).as_posix())
    names = [n for n, fn in vars(checks).items()
             if n.startswith("test_") and callable(fn) and getattr(fn, "__module__", "") == checks.__name__]
    passed = 0
    for name in names:
        try:
            run_check(checks, name, namespace)
        except CheckFailed as exc:
            print(t("nb_check_fail", lang, name=name, msg=str(exc).removeprefix(f"{name}: ")))
        else:
            passed += 1
            print(t("nb_check_ok", lang, name=name))
    print(t("nb_summary", lang, n=passed, total=len(names), id=ex.id))
    return passed == len(names)
