"""Reading the project's YAML data files with errors a person can act on."""

from __future__ import annotations

import yaml


def yaml_syntax_problem(error: yaml.YAMLError) -> tuple[str, str]:
    """Where a YAML syntax error is ("line 3, column 7", or "") and what it is, in words."""
    mark = getattr(error, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    return where, problem
