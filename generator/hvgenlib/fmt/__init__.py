"""`hvgen fmt`: the canonical text of a spec file (the rules are in spec/README.md, "Formatting").

A file is read as hvgen's loader reads it (PyYAML's events, YAML 1.1), into a tree that keeps
each scalar's own spelling and every comment (tree.py, comments.py); keys are put in the one
order of order.py; emit.py writes the tree back, one-line flow mappings where a rule allows
(style.py). Before any text is used, verify.py parses it again and proves the data (types, int
spellings) and the comments are those of the input: a formatting that would change a value is
an error, never a write.
"""

from .emit import emit
from .tree import read_tree
from .verify import check_same


def format_text(text: str, display: str) -> str:
    """The canonical text of one spec file's text (which the loader accepts). Raises
    verify.Changed if the formatted text would not read back as the same data and comments."""
    formatted = emit(read_tree(text))
    check_same(text, formatted, display)
    return formatted
