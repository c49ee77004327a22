"""The one error of reading a bulletin file: a file that cannot be used, with its reason in plain words."""
from __future__ import annotations


class LoadError(Exception):
    """A file that cannot be used; str(err) is a reason in plain words for staff."""
