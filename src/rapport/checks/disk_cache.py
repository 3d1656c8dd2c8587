"""Small files that let the next process skip work this one did, like Python's `.pyc` files.

The checker keeps two things here: compiled regular expressions (`pattern_cache`) and the
parsed hyphenation table (`hyphenation`). Each file name carries whatever would make its
content wrong (the interpreter, the regex engine's version, the source file's size and
date), so a stale file is never read. The cache only ever saves time: if the directory is
read-only or a file is damaged, the work is simply done again.

`RAPPORT_CACHE_DIR` moves the cache; set it to an empty string to turn it off.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from pathlib import Path


def cache_dir() -> Path | None:
    """Where cached files live, or None when caching is turned off."""
    configured = os.environ.get("RAPPORT_CACHE_DIR")
    if configured == "":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "rapport"


def load(name: str) -> object | None:
    """What `store` saved under `name` (plain Python values only), or None."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return marshal.loads((folder / name).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def store(name: str, value: object) -> None:
    """Save `value` atomically, so two processes saving at once never leave half a file."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        data = marshal.dumps(value)
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, delete=False) as handle:
            temporary = Path(handle.name)
            handle.write(data)
        os.replace(temporary, folder / name)
    except (OSError, ValueError):
        pass
