"""Facilitator keys and learner tokens: random, stored only as hashes, compared in constant time.

Both are long random secrets (``secrets.token_urlsafe``), so one SHA-256 is enough to keep
them out of the database: there is nothing to guess by brute force in a 190-bit key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

KEY_BYTES = 24
"""A facilitator key is 32 URL-safe characters (192 random bits)."""
TOKEN_BYTES = 18
"""A learner token is 24 URL-safe characters (144 random bits)."""
FREE_TRIES = 3
MAX_WAIT_S = 60


def new_key() -> str:
    return secrets.token_urlsafe(KEY_BYTES)


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def digest(secret: str) -> str:
    return "sha256$" + hashlib.sha256(secret.strip().encode("utf-8")).hexdigest()


def matches(secret: str, stored: str) -> bool:
    """Constant-time comparison of a typed secret with a stored digest."""
    return hmac.compare_digest(digest(secret).encode(), stored.encode())


@dataclass(frozen=True)
class KeyThrottle:
    """Wrong facilitator keys from one session: after FREE_TRIES, each wait doubles (to 60 s)."""

    failures: int = 0
    blocked_until: datetime | None = None

    def wait_seconds(self, now: datetime) -> float:
        if self.blocked_until is None:
            return 0.0
        return max(0.0, (self.blocked_until - now).total_seconds())

    def failed(self, now: datetime) -> KeyThrottle:
        failures = self.failures + 1
        if failures < FREE_TRIES:
            return KeyThrottle(failures, None)
        wait = min(MAX_WAIT_S, 2 ** (failures - FREE_TRIES + 1))
        return KeyThrottle(failures, now + timedelta(seconds=wait))

    def succeeded(self) -> KeyThrottle:
        return KeyThrottle()
