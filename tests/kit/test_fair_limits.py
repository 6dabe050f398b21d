"""Memory is bounded per exercise (all its processes together), and many processes yield the CPU."""
from __future__ import annotations

import os
import time

import pytest

from grader import catalogue, isolation, runner
from grader.sandbox import Limits, Worker

from .conftest import make_submission

TARGET = catalogue.get("ch1.perceptron")

FORKING = '''
import os, time

def perceptron(x, w, b):
    return 1

def nand_parameters():
    return (1.0, 1.0), 1.0

def spread_memory(children, mb):
    """Each of ``children`` forks holds ``mb`` MB: under the per-process limit, over it together."""
    pids = []
    for _ in range(children):
        pid = os.fork()
        if pid == 0:
            block = bytearray(mb << 20)
            for i in range(0, len(block), 4096):
                block[i] = 1
            time.sleep(60)
            os._exit(0)
        pids.append(pid)
    time.sleep(30)
    return len(pids)

def spin_many(children):
    for _ in range(children):
        if os.fork() == 0:
            os.setsid()
            while True:
                pass
    time.sleep(3)
    return [os.getpriority(os.PRIO_PROCESS, 0)]
'''


def needs_uid():
    if os.geteuid() != 0:
        pytest.skip("the per-exercise watchdog needs a uid per exercise: the grader runs as root here "
                    "only; without root, cgroups or bubblewrap's user namespace bound it")


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    needs_uid()
    root = make_submission(tmp_path_factory.mktemp("fair"), {TARGET.relpath: FORKING})
    w = Worker(root, isolation="sandbox" if isolation.probe() is None else "auto")
    w.start()
    yield w
    w.close()


def call(session, name, *args):
    from grader import wire
    return session.request({"op": "call", "name": name, "args": wire.encode(list(args)),
                            "kwargs": {"__dict__": []}})


def test_memory_is_bounded_for_the_whole_exercise(worker):
    if worker.watchdog is None:
        pytest.skip(f"no sandbox uid in this mode ({worker.mode})")
    limits = Limits(call_seconds=40, memory_bytes=600 << 20, processes=16)
    session = worker.session(TARGET.module, limits)
    t0 = time.monotonic()
    with pytest.raises(runner.StudentCrash) as info:
        call(session, "spread_memory", 6, 200)  # 6 x 200 MB, each under 600 MB
    session.close()
    assert "all of its processes together" in str(info.value), str(info.value)
    assert time.monotonic() - t0 < 35, "the watchdog should stop it well before the call's own limit"


def test_many_processes_are_reniced(worker):
    if worker.watchdog is None:
        pytest.skip(f"no sandbox uid in this mode ({worker.mode})")
    limits = Limits(call_seconds=20, processes=16)
    session = worker.session(TARGET.module, limits)
    [nice] = call(session, "spin_many", 4)["ok"]
    session.close()
    assert nice == 19, f"an exercise running 5 processes kept nice {nice}; the watchdog should renice it to 19"
    honest = worker.session(TARGET.module, limits)
    [nice] = call(honest, "spin_many", 0)["ok"]
    honest.close()
    assert nice == 10, f"a one-process exercise runs at nice {nice}; student code runs at 10, not reniced"
