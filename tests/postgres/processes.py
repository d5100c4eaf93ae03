"""Run worker processes that start together: both sides of the start barrier.

A worker is `python -m tests.postgres.<module> TASK ARGUMENTS_JSON`. It does its slow part first
(imports, connecting), prints `ready`, and waits for one line on stdin; the test sends `go` to every
worker only once all of them are ready, so they hit the database together rather than in the order
they happened to start. Each worker then prints its result as one JSON line on stdout and exits.

The barrier is a pipe, not a sleep or a polled file: a worker is released the moment the line arrives.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]  # where `tests` is importable from
READY = b"ready\n"
GO = b"go\n"
# A hung worker fails its test instead of hanging the run; a healthy one finishes in a few seconds.
TIMEOUT_SECONDS = 120


# The test's side.


async def run_together(module: str, task: str, arguments: Sequence[dict[str, Any]]) -> list[Any]:
    """Start one worker per entry of `arguments`, release them at once when all are ready; their results."""
    workers = [await _spawn(module, task, argument) for argument in arguments]
    try:
        async with asyncio.timeout(TIMEOUT_SECONDS):
            for worker in workers:
                await _until_ready(worker)
            for worker in workers:
                assert worker.stdin is not None
                worker.stdin.write(GO)
            for worker in workers:
                assert worker.stdin is not None
                await worker.stdin.drain()
                worker.stdin.close()
            return list(await asyncio.gather(*(_result(worker) for worker in workers)))
    finally:
        await asyncio.gather(*(_end(worker) for worker in workers))


async def run_alone(module: str, task: str, argument: dict[str, Any]) -> Any:
    """One worker, released as soon as it is ready; its result."""
    [result] = await run_together(module, task, [argument])
    return result


async def _spawn(module: str, task: str, argument: dict[str, Any]) -> asyncio.subprocess.Process:
    environment = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        module,
        task,
        json.dumps(argument),
        cwd=ROOT,
        env=environment,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _until_ready(worker: asyncio.subprocess.Process) -> None:
    assert worker.stdout is not None
    line = await worker.stdout.readline()
    if line != READY:
        raise WorkerFailed(f"worker {worker.pid} did not get ready (said {line!r})", await _stderr(worker))


async def _result(worker: asyncio.subprocess.Process) -> Any:
    assert worker.stdout is not None and worker.stderr is not None
    out, err = await asyncio.gather(worker.stdout.read(), worker.stderr.read())
    code = await worker.wait()
    if code != 0:
        raise WorkerFailed(f"worker {worker.pid} exited with {code}", err.decode(errors="replace"))
    lines = out.decode().strip().splitlines()
    if not lines:
        raise WorkerFailed(f"worker {worker.pid} reported nothing", err.decode(errors="replace"))
    return json.loads(lines[-1])


async def _stderr(worker: asyncio.subprocess.Process) -> str:
    assert worker.stderr is not None
    worker.kill()
    return (await worker.stderr.read()).decode(errors="replace")


async def _end(worker: asyncio.subprocess.Process) -> None:
    if worker.returncode is None:
        worker.kill()
        await worker.wait()


class WorkerFailed(AssertionError):
    """A worker crashed or reported nothing: its stderr says why."""

    def __init__(self, what: str, stderr: str) -> None:
        super().__init__(f"{what}; its stderr:\n{stderr}")


# The worker's side.

Task = Callable[[dict[str, Any]], Coroutine[Any, Any, Any]]


def serve(tasks: dict[str, Task]) -> None:
    """The worker's main: run the task named on the command line with its JSON arguments, print its result."""
    name, argument = sys.argv[1], json.loads(sys.argv[2])
    result = asyncio.run(tasks[name](argument))
    print(json.dumps(result), flush=True)


async def wait_for_go() -> None:
    """Say ready and wait for the test to release every worker at once (call after the slow setup)."""
    sys.stdout.buffer.write(READY)
    sys.stdout.buffer.flush()
    line = await asyncio.to_thread(sys.stdin.buffer.readline)
    if line != GO:
        raise SystemExit(f"expected {GO!r} on stdin, got {line!r}")
