"""Every catalogue exercise links to a real section of the book.

grader/catalogue/book_anchors.toml lists the section anchors of chap1-3.html
(with the kit's section number for each).  An exercise's `anchor` must be one
of its chapter's anchors, and its `section` must be that anchor's section.
"""
from __future__ import annotations

import difflib

import pytest

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

from grader import catalogue

ANCHORS_FILE = catalogue.CATALOGUE_DIR / "book_anchors.toml"
SECTION_COUNTS = {1: 7, 2: 9, 3: 6}   # h3 sections per chapter page


def load_anchors() -> dict[int, dict[str, dict]]:
    """{chapter: {anchor: entry}} from book_anchors.toml."""
    with ANCHORS_FILE.open("rb") as fh:
        raw = tomllib.load(fh)
    return {int(key[2:]): {e["anchor"]: e for e in entries}
            for key, entries in raw.items() if key.startswith("ch")}


ANCHORS = load_anchors()


def anchor_problem(ex_id: str, chapter: int, section: str, anchor: str) -> str | None:
    """Why this (chapter, section, anchor) is wrong, or None when it is right."""
    known = ANCHORS.get(chapter)
    if not known:
        return f"{ex_id}: chapter {chapter} has no known anchors in {ANCHORS_FILE.name}"
    if anchor not in known:
        close = difflib.get_close_matches(anchor, known, n=3, cutoff=0.3)
        return (f"{ex_id}: anchor {anchor!r} is not a section of chap{chapter}.html; "
                f"closest known: {close or sorted(known)}")
    want = known[anchor]["section"]
    if section != want:
        return (f"{ex_id}: section {section!r} but anchor {anchor!r} "
                f"({known[anchor]['heading']!r}) is in section {want!r}")
    return None


def test_anchor_file_is_complete():
    for chapter, count in SECTION_COUNTS.items():
        entries = ANCHORS.get(chapter, {})
        sections = [e["section"] for e in entries.values() if e["level"] == 3]
        want = [f"{chapter}.{i}" for i in range(1, count + 1)]
        assert sections == want, f"chap{chapter}: the h3 sections should be numbered {want}, got {sections}"
        for anchor, e in entries.items():
            assert e["heading"] and e["level"] in (3, 4), f"chap{chapter} {anchor!r}: heading and level 3/4"
            assert e["section"] in want, f"chap{chapter} {anchor!r}: section {e['section']!r} not in {want}"


def test_the_check_rejects_wrong_anchors_and_sections():
    assert anchor_problem("x", 1, "1.2", "sigmoid_neurons") is None, "a right entry must pass"
    typo = anchor_problem("x", 1, "1.2", "sigmoid_neuron")
    assert typo and "sigmoid_neurons" in typo, f"a typo must fail and name the real anchor: {typo}"
    other_chapter = anchor_problem("x", 2, "2.1", "softmax")
    assert other_chapter, "an anchor of another chapter must fail"
    wrong_section = anchor_problem("x", 3, "3.2", "softmax")
    assert wrong_section and "'3.1'" in wrong_section, f"a section mismatch must fail: {wrong_section}"


@pytest.mark.parametrize("ex", catalogue.all_exercises(), ids=lambda e: e.id)
def test_exercise_anchor_is_a_real_section(ex):
    problem = anchor_problem(ex.id, ex.chapter, ex.section, ex.anchor)
    assert problem is None, problem
