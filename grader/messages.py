"""The CLI's own words, in English and Chinese: one small table, no framework.

    from grader.messages import t
    t("next_up", "zh")                      -> "下一步"
    t("files_written", "en", n=3, out="x")  -> "wrote 3 file(s) to x"

Exercise titles, summaries and hints live in the catalogue, not here.
"""
from __future__ import annotations

from .catalogue import default_lang

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (English, Chinese)
    # status of an exercise
    "passed": ("passed", "通过"),
    "failing": ("failing", "未通过"),
    "not started": ("not started", "未开始"),
    "error": ("error", "出错"),
    "no checks": ("no checks yet", "暂无检查"),
    # nndl check
    "self_check": ("self-check", "自查"),
    "chapter": ("Chapter {n}", "第 {n} 章"),
    "chapter_line": ("{passed}/{total} passing · {failing} failing · {todo} not started · {score:g}/{points:g} points",
                     "{passed}/{total} 通过 · {failing} 未通过 · {todo} 未开始 · 得分 {score:g}/{points:g}"),
    "total_line": ("Total: {passed}/{total} exercises passing, {score:g} of {points:g} points",
                   "合计:{passed}/{total} 道练习通过,得分 {score:g}/{points:g}"),
    "manual_note": ("(+{m:g} points of written answers, graded by hand)", "(另有 {m:g} 分文字题,人工评分)"),
    "next_up": ("Next up", "下一步"),
    "failing_check": ("failing check", "未通过的检查"),
    "what_went_wrong": ("what went wrong", "问题"),
    "file": ("file", "文件"),
    "hint": ("hint", "提示"),
    "book": ("book", "书"),
    "start_here": ("Open the file, replace each `raise NotImplementedError()` with your answer, then run {cmd}",
                   "打开该文件,把每个 `raise NotImplementedError()` 换成你的答案,然后运行 {cmd}"),
    "all_passed": ("Every visible check passes. Grading runs hidden checks as well, which test more (other inputs "
                   "and edge cases), so the graded score may be lower.",
                   "所有可见检查都通过了。评分时还会运行隐藏检查,测试更多内容(其他输入和边界情况),"
                   "所以评分结果可能更低。"),
    "not_a_folder": ("{path} is not a folder laid out like exercises/ (with ch1/, ch2/, ch3/ inside)",
                     "{path} 不是一个像 exercises/ 那样的文件夹(里面应有 ch1/、ch2/、ch3/)"),
    "no_exercise_for_file": ("{path} is not an exercise file of the kit", "{path} 不是本套练习中的练习文件"),
    "passed_checks": ("{n}/{total} checks pass", "{n}/{total} 项检查通过"),
    # nndl hint
    "hint_n": ("hint {i}/{n}", "提示 {i}/{n}"),
    "more_hints": ("(run it again for the next hint)", "(再运行一次看下一条提示)"),
    "no_more_hints": ("(that was the last hint; `--reset` starts again)", "(这是最后一条提示;`--reset` 可从头再看)"),
    # nndl watch
    "watching": ("Watching {path} for saved changes (Ctrl-C to stop)...", "正在监视 {path} 中保存的修改(按 Ctrl-C 停止)……"),
    "changed": ("{file} changed: checking {id}", "{file} 已修改:正在检查 {id}"),
    "watch_error": ("could not run the checks: {err}", "无法运行检查:{err}"),
    "stopped": ("stopped watching", "已停止监视"),
    # nndl release / notebooks / plot
    "release_done": ("wrote the student bundle to {out} ({n} exercises). Next:\n  cd {out} && python -m venv .venv && "
                     ".venv/bin/pip install -e . && .venv/bin/nndl check",
                     "已生成学生包 {out}(共 {n} 道练习)。接下来:\n  cd {out} && python -m venv .venv && "
                     ".venv/bin/pip install -e . && .venv/bin/nndl check"),
    "notebooks_done": ("wrote {n} notebooks to {out}", "已在 {out} 中生成 {n} 个笔记本"),
    "plot_done": ("wrote {out}", "已写入 {out}"),
    "need_matplotlib": ("plots need matplotlib: pip install matplotlib (or the kit's [plots] extra)",
                        "画图需要 matplotlib:pip install matplotlib(或安装本工具的 [plots] 附加依赖)"),
    "need_nbformat": ("notebooks need nbformat: pip install nbformat", "生成笔记本需要 nbformat:pip install nbformat"),
    # inside a notebook's self-check cell
    "nb_check_ok": ("✓ {name}", "✓ {name}"),
    "nb_check_fail": ("✗ {name}: {msg}", "✗ {name}:{msg}"),
    "nb_summary": ("{n}/{total} visible checks pass for {id}", "{id}:{n}/{total} 项可见检查通过"),
}


def t(key: str, lang: str | None = None, **kwargs) -> str:
    """The message ``key`` in ``lang`` ("en" or "zh"; default from the environment)."""
    en, zh = MESSAGES[key]
    text = zh if (lang or default_lang()) == "zh" else en
    return text.format(**kwargs) if kwargs else text
