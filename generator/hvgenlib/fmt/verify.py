"""Prove a formatted text means what its input meant: the same data, read by hvgen's own
composer (types, values and int spellings; key order aside), and the same comments."""

from typing import Any, List, Optional, Tuple

from .. import load
from ..diagnostics import Diagnostics, SpecErrors
from .comments import find_comments
from .tree import LINE_BREAK, read_tree


class Changed(Exception):
    """The formatter would change a value or lose a comment (a bug in fmt, never written)."""


def _compose(text: str, display: str) -> Any:
    spec = load.SpecFile(display, None)
    diag = Diagnostics()
    loader = load._Loader(text)  # the loader's own parser and composer: its reading is the truth
    try:
        _, data = load._Composer(spec, diag).compose(loader)
    except Exception as exc:  # noqa: BLE001 - any failure to read back is a change
        raise Changed(f"the formatted text does not parse: {exc}") from None
    finally:
        loader.dispose()
    try:
        diag.barrier()
    except SpecErrors as exc:
        raise Changed(f"the formatted text does not load: {exc.diagnostics[0]}") from None
    return data


def canonical(value: Any) -> Any:
    """A comparable form of loaded data that tells 1, True, 1.0 and `0x1` apart."""
    if isinstance(value, load.SpelledInt):
        return ("int", int(value), value.text)
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int):
        return ("int", value, None)
    if isinstance(value, float):
        return ("float", repr(value))
    if value is None:
        return ("null",)
    if isinstance(value, str):
        return ("str", value)
    if isinstance(value, list):
        return ("seq", tuple(canonical(item) for item in value))
    return ("map", tuple(sorted((key, canonical(item)) for key, item in value.items())))


def _first_difference(a: Any, b: Any, path: Tuple = ()) -> Optional[Tuple]:
    if isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys():
        return next(filter(None, (_first_difference(a[k], b[k], path + (k,)) for k in a)), None)
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return next(filter(None, (_first_difference(x, y, path + (i,))
                                  for i, (x, y) in enumerate(zip(a, b)))), None)
    return None if canonical(a) == canonical(b) else path


def comment_texts(text: str) -> List[str]:
    if text.startswith("\ufeff"):
        text = text[1:]
    return sorted(c[2] for c in find_comments(LINE_BREAK.split(text), read_tree(text).root))


def check_same(original: str, formatted: str, display: str) -> None:
    """Raise Changed unless formatted reads back as original's data and comments."""
    before, after = _compose(original, display), _compose(formatted, display)
    if canonical(before) != canonical(after):
        where = _first_difference(before, after)
        raise Changed(f"formatting would change the value at {'/'.join(map(str, where or ()))}")
    if comment_texts(original) != comment_texts(formatted):
        raise Changed("formatting would lose or alter a comment")
