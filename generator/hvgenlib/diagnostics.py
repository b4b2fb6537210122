"""Compiler-style diagnostics collected across every stage, raised once at a barrier."""

from dataclasses import dataclass
from typing import NamedTuple, Optional


class Loc(NamedTuple):
    """A position in a spec file; line and column are 1-based, as editors show them.

    A named tuple, not a dataclass: every node of every spec file gets one, and a tuple is
    the cheapest immutable, ordered, hashable record Python has."""

    file: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.col}"
        return self.file


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in the spec, where it is and what to do."""

    loc: Loc
    code: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.loc}: {self.severity}: [{self.code}] {self.message}"


class SpecErrors(Exception):
    """Raised at a barrier when the spec had errors; carries all of them, sorted."""

    def __init__(self, diagnostics):
        super().__init__(f"{len(diagnostics)} error(s) in the spec")
        self.diagnostics = diagnostics


class Diagnostics:
    """Collects diagnostics from every stage so one run reports every error."""

    def __init__(self) -> None:
        self._items: list = []

    def error(self, loc: Optional[Loc], code: str, message: str) -> None:
        self._items.append(Diagnostic(loc or Loc("<spec>"), code, message))

    @property
    def items(self) -> tuple:
        """What was reported so far, in order."""
        return tuple(self._items)

    @property
    def has_errors(self) -> bool:
        return any(d.severity == "error" for d in self._items)

    def barrier(self) -> None:
        """Stop the pipeline here if any stage so far reported an error."""
        if self.has_errors:
            raise SpecErrors(sorted(set(self._items), key=lambda d: (d.loc, d.code, d.message)))


class UsageError(Exception):
    """A command line hvgen cannot act on (an unknown profile, say): one line, exit 2."""
