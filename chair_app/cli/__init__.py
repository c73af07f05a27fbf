"""The command line: ``chair-app`` with no command opens the window; each command is a module
here (a parser module gathers them); start-up, in its fixed order, is chair_app.cli.startup."""

from chair_app.cli.startup import main

__all__ = ["main"]
