"""`rapport check --batch`: one JSON object per line in, one result per line out, same order.

A line that cannot be checked gets a result with an `error` field; the rest still run.
A long batch is shared between processes, one per core (`run_batch`).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import Any

from pydantic import ValidationError

from rapport.checks import CheckInputError, check
from rapport.models import Message, Recipient

RECIPIENT_FIELDS = frozenset(Recipient.model_fields)


PARALLEL_FROM = 256
"""Lines a batch must reach before it is shared between processes. Below this, starting
the workers costs more than it saves (a check takes about 1.5 ms)."""
CHUNK = 64
"""Lines sent to a worker at a time: enough to make the hand-over cheap, few enough that
results keep streaming out."""


def run_batch(lines: Iterable[str], workers: int | None = None) -> Iterator[dict[str, Any]]:
    """The result of each non-blank line, in order. A batch of `PARALLEL_FROM` lines or more
    is checked by `workers` processes (default: one per core this process may use), each
    forked from this one so that it starts with the caches already warm; lines are read and
    results written here, so reading errors surface as they would in one process."""
    numbered = ((number, line) for number, line in enumerate(lines, start=1) if line.strip())
    head = list(islice(numbered, PARALLEL_FROM))
    count = default_workers() if workers is None else workers
    if count < 2 or len(head) < PARALLEL_FROM or not _can_fork():
        for number, line in chain(head, numbered):
            yield check_line(line, number)
        return
    yield from _in_parallel(chain(head, numbered), count)


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _can_fork() -> bool:
    """Forking is safe and available on Linux; elsewhere a batch runs in one process."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _in_parallel(numbered: Iterator[tuple[int, str]], workers: int) -> Iterator[dict[str, Any]]:
    check(Message(body="Warm the caches before the workers are forked."))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[list[dict[str, Any]]]] = deque()
        while chunk := list(islice(numbered, CHUNK)):
            pending.append(pool.submit(_check_chunk, chunk))
            if len(pending) > 2 * workers:  # keep the workers busy, and memory bounded
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _check_chunk(chunk: list[tuple[int, str]]) -> list[dict[str, Any]]:
    return [check_line(line, number) for number, line in chunk]


def check_line(line: str, number: int) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": None, "line": number, "error": f"line {number}: not valid JSON ({error.msg})"}
    if not isinstance(item, dict):
        return {"id": None, "line": number, "error": f"line {number}: expected a JSON object"}
    item_id = item.get("id")
    try:
        message = Message(
            channel=item.get("channel") or "email",
            subject=item.get("subject"),
            body=item.get("body") if item.get("body") is not None else "",
            connection_note=bool(item.get("connection_note", False)),
        )
        recipient = _recipient(item.get("recipient"))
        report = check(message, recipient, item.get("relationship") or "stranger")
    except ValidationError as error:
        return {"id": item_id, "line": number, "error": f"line {number}: {_first_problem(error)}"}
    except CheckInputError as error:
        return {"id": item_id, "line": number, "error": f"line {number}: {error}"}
    return {
        "id": item_id,
        "ready": report.ready,
        "findings": [f.model_dump() for f in report.findings],
        "scores": report.scores,
    }


def _recipient(raw: Any) -> Recipient | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        return Recipient(name=raw)
    if isinstance(raw, dict):
        return Recipient(**{k: v for k, v in raw.items() if k in RECIPIENT_FIELDS})
    return Recipient.model_validate(raw)


def _first_problem(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "input"
    return f"{where}: {first['msg']}"
