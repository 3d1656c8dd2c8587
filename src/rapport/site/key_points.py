"""The key points page: every lesson's key points on one page."""

from __future__ import annotations

from collections.abc import Mapping

from rapport.site.common import md_escape
from rapport.site.data import Lesson

# --- Key points ------------------------------------------------------------------------------


def key_points_page(lessons: Mapping[str, Lesson]) -> str:
    lines = [
        "# Key points",
        "",
        "The key points of every lesson on one page, for revision or to find your place. "
        "Each heading links to its lesson.",
        "",
    ]
    for path, lesson in sorted(lessons.items()):
        lines += [f"## [{md_escape(lesson.label)}]({path})", ""]
        lines += [f"- {point}" for point in lesson.meta.keypoints]
        lines.append("")
    return "\n".join(lines)

