"""`rapport check --batch`: one JSON object per line in, one result per line out, same order.

A line that cannot be checked gets a result with an `error` field; the rest still run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import ValidationError

from rapport.checks import CheckInputError, check
from rapport.models import Message, Recipient

RECIPIENT_FIELDS = frozenset(Recipient.model_fields)


def run_batch(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield check_line(line, number)


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
