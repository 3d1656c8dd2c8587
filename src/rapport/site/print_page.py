"""Repairs to the print-site plugin's printable page."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any


def print_page_keys(pages: Iterable[Any]) -> dict[str, str]:
    """The print-site plugin's key for each page (its anchor on the print page) -> page URL."""
    try:
        from mkdocs_print_site_plugin.urls import get_page_key
    except ImportError:  # the plugin is not installed: nothing to repair
        return {}
    return {get_page_key(f.url): f.url for f in pages}


def printable_items(items: Sequence[Any], excluded: Callable[[str], bool]) -> list[Any]:
    """Top-level nav items with at least one page the print page does not exclude."""
    keep = []
    for item in items:
        if getattr(item, "is_page", False):
            if not excluded(item.file.src_uri):
                keep.append(item)
        elif getattr(item, "is_section", False) and printable_items(item.children, excluded):
            keep.append(item)
    return keep


def relink_print_page(page: str, page_urls: Mapping[str, str], print_url: str) -> str:
    """Point the print page's dead in-page links back at the real pages.

    The print-site plugin turns every link to another page into an anchor on the print page
    (``#lessons-03-check-your-intentions``). For pages left out of the handout that anchor
    does not exist; link to the page itself instead. `page_urls` maps the plugin's page key
    to the page URL.
    """
    ids = set(re.findall(r"""\sid=["']([^"']+)["']""", page))
    keys = sorted(page_urls, key=len, reverse=True)

    def fix(match: re.Match[str]) -> str:
        target = html.unescape(match.group(1))
        if target in ids:
            return match.group(0)
        for key in keys:
            if target == key or target.startswith(key + "-"):
                anchor = target[len(key) + 1 :]
                url = _relative_url(page_urls[key], print_url)
                url += f"#{anchor}" if anchor else ""
                return f'href="{html.escape(url)}"'
        return match.group(0)

    return re.sub(r'href="#([^"]+)"', fix, page)


def _relative_url(url: str, from_url: str) -> str:
    from mkdocs.utils import get_relative_url

    return get_relative_url(url or ".", from_url)


