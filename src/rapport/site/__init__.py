"""The course site's MkDocs hook, as a small package (one module per generated page family).

``mkdocs.yml`` loads :mod:`rapport.site.hook` (the event functions, wiring only). The pure
functions live in the other modules and are re-exported here for the tests:

- :mod:`~rapport.site.common`: names, labels, the error type, Markdown helpers;
- :mod:`~rapport.site.data` and :mod:`~rapport.site.loading`: validated course data;
- :mod:`~rapport.site.agendas`: agenda arithmetic and tables;
- :mod:`~rapport.site.scripts`: facilitator scripts and their spoken minutes;
- :mod:`~rapport.site.lesson_pages`, :mod:`~rapport.site.presenter`: lesson pages, examples
  and the presenter pages;
- :mod:`~rapport.site.rule_pages`, :mod:`~rapport.site.exercise_pages`,
  :mod:`~rapport.site.key_points`: the generated reference pages;
- :mod:`~rapport.site.pages`, :mod:`~rapport.site.print_page`: putting it together.

A problem in the course data raises :class:`SiteDataError` (a ``PluginError``), which fails
the build with a message naming the file and the field.
"""

from rapport.site.agendas import AgendaRow, agenda_rows, agenda_table, clock, replace_agenda_markers
from rapport.site.common import (
    AGENDA_MARKER_RE,
    AGENDAS_FILE,
    AGENDAS_PAGE,
    DEFAULT_APP_URL,
    EXAMPLE_CODE,
    EXERCISES_MARKER,
    SiteDataError,
    app_link,
    fenced_text,
    marked_html,
    md_escape,
    relative_link,
    resolve_app_url,
    split_front_matter,
)
from rapport.site.data import Agenda, Lesson, LessonMeta, SiteData, load_agendas, parse_lesson
from rapport.site.lesson_pages import insert_after_h1, lesson_markdown, objectives_box
from rapport.site.pages import generated_pages, nav_with_exercises
from rapport.site.print_page import relink_print_page

__all__ = [
    "AGENDAS_FILE", "AGENDAS_PAGE", "AGENDA_MARKER_RE", "DEFAULT_APP_URL", "EXAMPLE_CODE",
    "EXERCISES_MARKER", "Agenda", "AgendaRow", "Lesson", "LessonMeta", "SiteData",
    "SiteDataError", "agenda_rows", "agenda_table", "app_link", "clock", "fenced_text",
    "generated_pages", "insert_after_h1", "lesson_markdown", "load_agendas", "marked_html",
    "md_escape", "nav_with_exercises", "objectives_box", "parse_lesson", "relative_link",
    "relink_print_page", "replace_agenda_markers", "resolve_app_url", "split_front_matter",
]
