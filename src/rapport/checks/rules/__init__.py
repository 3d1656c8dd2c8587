"""One module per rule family; `rapport.checks.registry` gathers them in order."""
