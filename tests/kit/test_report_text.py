"""Text from a student's code reaches the console as text, never as rich markup.

An exception message like ``KeyError('[/x]')`` or a printed ``[bold red]`` is
the student's; rich would read it as markup and either crash the report
(MarkupError on a closing tag with no opening one) or restyle it.
"""
from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from grader import report
from grader.runner import CheckResult, ExerciseResult

NASTY = "KeyError: '[/x]' then [bold red]not bold[/bold red] and [link=file:///etc/passwd]x[/link]"


def render(*things) -> str:
    out = io.StringIO()
    con = Console(file=out, width=400, color_system=None, force_terminal=False)
    for thing in things:
        con.print(thing)
    return out.getvalue()


def result_with(message: str) -> ExerciseResult:
    check = CheckResult("test_thing", False, 1.0, "error", message)
    return ExerciseResult("ch1.perceptron", "The perceptron", "感知机", 2, 0, 0, "failing", message, [check])


def test_results_table_shows_markup_like_messages_literally():
    text = render(report.results_table([result_with(NASTY)]))
    assert "[/x]" in text and "[bold red]not bold[/bold red]" in text, text


def test_next_up_shows_markup_like_messages_literally():
    text = render(*report.next_up_lines(result_with(NASTY), "exercises/ch1/perceptron.py"))
    assert "[/x]" in text and "[bold red]not bold[/bold red]" in text, text


def test_class_table_shows_folder_names_and_errors_literally():
    from grader import catalogue, classroom
    exs = [catalogue.get("ch1.perceptron")]
    run = classroom.ClassRun(records={}, graded=[], skipped=[], failed={"[/x]bob": "OSError: [/y] disk"}, out=Path("."))
    text = render(classroom.class_table(run, exs, "en"))
    assert "[/x]bob" in text and "[/y] disk" in text, text
