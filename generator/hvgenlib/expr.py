"""Evaluate the C constant expressions of the spec with C's integer rules (LP64).

Values carry their C type (size in bytes, signedness), because the kernel's headers differ in
exactly that (`BIT(n)` is an unsigned long, `0x10` an int) and the tests check it. The text is
rewritten into a Python expression, parsed with `ast`, and walked by a small interpreter that
accepts integer operators only: nothing of the spec is ever passed to eval().
"""

import ast
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Dict, Optional


class ExprError(Exception):
    """An expression that is not a valid integer constant expression of the spec."""


@dataclass(frozen=True)
class CValue:
    """An integer constant expression's value with its C type (size in bytes, signedness)."""

    value: int
    size: int = 4
    signed: bool = True

    def wrapped(self) -> "CValue":
        bits = self.size * 8
        value = self.value & ((1 << bits) - 1)
        if self.signed and value >> (bits - 1):
            value -= 1 << bits
        return CValue(value, self.size, self.signed)


INT = (4, True)
UINT = (4, False)
LONG = (8, True)
ULONG = (8, False)

# Scalar C types an expression may cast to or take sizeof of, with (size, signed) on LP64.
SCALARS: Dict[str, tuple] = {
    "u8": (1, False), "u16": (2, False), "u32": (4, False), "u64": (8, False),
    "s8": (1, True), "s16": (2, True), "s32": (4, True), "s64": (8, True),
    "__u8": (1, False), "__u16": (2, False), "__u32": (4, False), "__u64": (8, False),
    "__s8": (1, True), "__s16": (2, True), "__s32": (4, True), "__s64": (8, True),
    "char": (1, True), "signed char": (1, True), "unsigned char": (1, False),
    "short": (2, True), "unsigned short": (2, False), "int": INT, "unsigned int": UINT,
    "unsigned": UINT, "long": LONG, "unsigned long": ULONG, "ulong": ULONG,
    "long long": LONG, "unsigned long long": ULONG, "bool": (1, False), "_Bool": (1, False),
    "size_t": ULONG, "__le16": (2, False), "__le32": (4, False), "__le64": (8, False),
}

_LITERAL = re.compile(r"\b(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)([uU]?[lL]{0,2}|[lL]{1,2}[uU])\b")
_SIZEOF = re.compile(r"\bsizeof\s*\(\s*((?:struct |union |enum )?[A-Za-z_][A-Za-z0-9_ ]*?)\s*\)")
_CAST = re.compile(r"\(\s*(" + "|".join(sorted((re.escape(t) for t in SCALARS),
                                              key=len, reverse=True)) + r")\s*\)")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

def _bit(n: CValue) -> CValue:
    if not 0 <= n.value < 64:
        raise ExprError(f"BIT({n.value}): the bit must be 0..63")
    return CValue(1 << n.value, *ULONG)


def _genmask(h: CValue, l: CValue) -> CValue:
    if not 0 <= l.value <= h.value < 64:
        raise ExprError(f"GENMASK({h.value}, {l.value}): need 0 <= low <= high <= 63")
    return CValue(((1 << (h.value + 1)) - 1) & ~((1 << l.value) - 1), *ULONG)


MACROS = {
    "BIT": _bit,
    "BIT_ULL": _bit,
    "GENMASK": _genmask,
    "GENMASK_ULL": _genmask,
    "UL": lambda n: CValue(n.value, *ULONG).wrapped(),
    "ULL": lambda n: CValue(n.value, *ULONG).wrapped(),
}


# Constants the headers take from the rest of the kernel, with the values of the configuration
# the reference facts were measured in (4 KiB pages).
KERNEL_CONSTANTS = {
    "PAGE_SHIFT": CValue(12, *INT),
    "PAGE_SIZE": CValue(4096, *ULONG),
    "NSEC_PER_SEC": CValue(1000000000, *LONG),
}

MAX_EXPANSIONS = 64
# Bounds on what one value may cost: no Hyper-V constant is within a factor of ten of them, and
# each stops a hostile spec (a macro that doubles at every level, 500 chained operators) with a
# located error long before a second or a few MB.
MAX_TEXT = 4096        # characters of an expression, after macro expansion
MAX_DEPTH = 64         # nesting of operators, parentheses and calls
MAX_CHAIN = 100        # definitions whose values refer to one another, one inside the next
# Bytes of any one type. clang refuses a type whose size in bits does not fit in 64 bits, GCC
# one over PTRDIFF_MAX bytes: 2^61 - 1 is what both take (a record of 8-byte arrays of arrays
# of 2^24 elements each was written into a header that no compiler accepts).
MAX_SIZE = (1 << 61) - 1
# An integer as YAML may spell it and C may too (YAML 1.1 also takes `1_000`, `0b1010`, `1:30`)
_C_SPELLING = re.compile(r"[-+]?(?:0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)")


def check_size(size: int, what: str) -> int:
    """SIZE, the bytes of WHAT, if a C compiler can have a type that large."""
    if size > MAX_SIZE:
        raise ExprError(f"{what} would be {size} bytes; a C type holds at most {MAX_SIZE} "
                        f"(2^61 - 1: its size in bits must fit in 64)")
    return size


def _split_arguments(text: str, start: int):
    """Arguments of a call whose '(' is at text[start]; returns (args, index after ')')."""
    depth, args, current = 0, [], start + 1
    for index in range(start, len(text)):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                args.append(text[current:index].strip())
                return [a for a in args if a] if args != [""] else [], index + 1
        elif char == "," and depth == 1:
            args.append(text[current:index].strip())
            current = index + 1
    raise ExprError(f"unbalanced parentheses in '{text}'")


def expand_macros(text: str, macros: Callable[[str], Optional[tuple]]) -> str:
    """Expand calls of the spec's own function-like macros, as the preprocessor would."""
    for _ in range(MAX_EXPANSIONS):
        for match in _IDENT.finditer(text):
            definition = macros(match.group(0))
            rest = text[match.end():]
            if definition is None or not rest.lstrip().startswith("("):
                continue
            params, body = definition
            open_at = match.end() + (len(rest) - len(rest.lstrip()))
            args, end = _split_arguments(text, open_at)
            if len(args) != len(params):
                raise ExprError(f"{match.group(0)}() takes {len(params)} argument(s)")
            if len(str(body)) > MAX_TEXT:  # bounds one substitution: body x argument size
                raise ExprError(f"{match.group(0)}(): a body of over {MAX_TEXT} characters")
            table = dict(zip(params, args))
            body = _IDENT.sub(lambda m: f"({table[m.group(0)]})" if m.group(0) in table
                              else m.group(0), str(body))
            text = text[:match.start()] + f"({body})" + text[end:]
            if len(text) > MAX_TEXT:
                raise ExprError(f"function-like macros expand beyond {MAX_TEXT} characters")
            break
        else:
            return text
    raise ExprError("function-like macros expand too deeply")


def _literal_type(text: str, suffix: str, value: int) -> tuple:
    """C11 6.4.4.1: the first type of the literal's list that can hold its value."""
    decimal = not text.startswith("0") or text == "0"
    suffix = suffix.lower()
    unsigned = "u" in suffix
    longs = suffix.count("l")
    candidates = [INT, UINT, LONG, ULONG] if longs == 0 else [LONG, ULONG]
    if unsigned:
        candidates = [t for t in candidates if not t[1]]
    elif decimal:
        candidates = [t for t in candidates if t[1]]
    for size, signed in candidates:
        limit = 1 << (size * 8 - (1 if signed else 0))
        if value < limit:
            return (size, signed)
    raise ExprError(f"literal {text}{suffix} does not fit in 64 bits")


@lru_cache(maxsize=1 << 16)  # the same literals come back for every view and arch
def _one_literal(text: str) -> Optional[CValue]:
    """TEXT's value when it is one integer literal (CValue is frozen: safe to share)."""
    literal = _LITERAL.fullmatch(text.strip())
    return _literal_value(literal.group(1), literal.group(2)) if literal else None


def _literal_value(digits: str, suffix: str) -> CValue:
    """An integer literal's value and C type (hex, octal or decimal; u/l suffixes)."""
    value = int(digits, 16) if digits[:2].lower() == "0x" else int(digits, 8) \
        if digits.startswith("0") and digits != "0" else int(digits)
    return CValue(value, *_literal_type(digits, suffix, value))


def _convert(a: CValue, b: CValue) -> tuple:
    """Usual arithmetic conversions after integer promotion (LP64)."""
    a_t, b_t = _promote(a), _promote(b)
    if a_t == b_t:
        return a_t
    if a_t[1] == b_t[1]:
        return max(a_t, b_t)
    unsigned_t, signed_t = (a_t, b_t) if not a_t[1] else (b_t, a_t)
    if unsigned_t[0] >= signed_t[0]:
        return unsigned_t
    return signed_t


def _promote(v: CValue) -> tuple:
    return INT if v.size < 4 else (v.size, v.signed)


def _cdiv(a: int, b: int) -> int:
    if b == 0:
        raise ExprError("division by zero")
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


_BINARY = {
    ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
    ast.Div: _cdiv, ast.Mod: lambda a, b: a - _cdiv(a, b) * b,
    ast.BitOr: lambda a, b: a | b, ast.BitAnd: lambda a, b: a & b,
    ast.BitXor: lambda a, b: a ^ b,
}


class Evaluator:
    """Evaluates expression text; names are resolved through `lookup` (constants, enum values),
    `sizeof` through a callback that knows the layouts."""

    def __init__(self, lookup: Callable[[str], CValue],
                 sizeof: Optional[Callable[[str], int]] = None,
                 macros: Optional[Callable[[str], Optional[tuple]]] = None) -> None:
        self.lookup = lookup
        self.sizeof = sizeof
        self.macros = macros or (lambda name: None)
        self.atoms: Dict[str, CValue] = {}

    def evaluate(self, text) -> CValue:
        if isinstance(text, int):
            raw = getattr(text, "text", str(int(text)))
            if isinstance(raw, str) and not _C_SPELLING.fullmatch(raw.strip()):
                raise ExprError(f"{raw} is YAML's spelling of {int(text)}, not C's (C has no "
                                f"`_` separators, 0b or a:b); write it as a C literal")
            return self.evaluate(raw) if isinstance(raw, str) else CValue(int(text))
        value = _one_literal(str(text))
        if value is not None:  # most values are one literal: no rewrite, no Python parser
            return value
        _check_c_text(str(text))
        source = self._rewrite(expand_macros(str(text), self.macros))
        try:
            tree = ast.parse(source, mode="eval")
        except (SyntaxError, RecursionError, MemoryError) as exc:
            raise ExprError(f"cannot parse '{text}' as a C constant expression") from exc
        if _depth(tree.body) > MAX_DEPTH:
            raise ExprError(f"'{str(text)[:40]}...' nests deeper than {MAX_DEPTH} operators")
        return self._eval(tree.body)

    def _atom(self, value: CValue) -> str:
        # A non-ASCII name: the spec's text is ASCII only (_check_c_text), so no constant of
        # the spec can ever be mistaken for one of these.
        name = f"\u03bc{len(self.atoms)}"  # NFKC-stable, as ast keeps names
        self.atoms[name] = value
        return name

    def _rewrite(self, text: str) -> str:
        def literal(match):
            return self._atom(_literal_value(match.group(1), match.group(2)))

        def sizeof(match):
            if self.sizeof is None:
                raise ExprError("sizeof() is not available here")
            return self._atom(CValue(self.sizeof(match.group(1)), *ULONG))

        text = _SIZEOF.sub(sizeof, text)
        text = _CAST.sub(lambda m: self._atom(CValue(0, *SCALARS[m.group(1)])) + " ** ", text)
        text = _LITERAL.sub(literal, text)
        if re.search(r"[^\w\s()+\-*/%<>|&^~,]", text) or "**" in text.replace(" ** ", ""):
            raise ExprError(f"'{text}' uses an operator the spec does not allow")
        return text

    def _eval(self, node) -> CValue:
        if isinstance(node, ast.Name):
            if node.id in self.atoms:
                return self.atoms[node.id]
            return self.lookup(node.id)
        if isinstance(node, ast.UnaryOp):
            return self._unary(node)
        if isinstance(node, ast.BinOp):
            return self._binary(node)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in MACROS and not node.keywords:
            args = [self._eval(arg) for arg in node.args]
            try:
                return MACROS[node.func.id](*args)
            except (TypeError, ValueError, OverflowError) as exc:
                raise ExprError(f"{node.func.id}() takes other arguments") from exc
        raise ExprError("only integer constants, operators, BIT/GENMASK and sizeof are allowed")

    def _unary(self, node) -> CValue:
        operand = self._eval(node.operand)
        size, signed = _promote(operand)
        if isinstance(node.op, ast.USub):
            return CValue(-operand.value, size, signed).wrapped()
        if isinstance(node.op, ast.Invert):
            return CValue(~operand.value, size, signed).wrapped()
        if isinstance(node.op, ast.UAdd):
            return CValue(operand.value, size, signed)
        raise ExprError("'not' is not a C operator")

    def _binary(self, node) -> CValue:
        left, right = self._eval(node.left), self._eval(node.right)
        if isinstance(node.op, ast.Pow):  # a cast, rewritten as `(type-atom) ** operand`
            return CValue(right.value, left.size, left.signed).wrapped()
        if isinstance(node.op, (ast.LShift, ast.RShift)):
            size, signed = _promote(left)
            if not 0 <= right.value < size * 8:
                raise ExprError(f"shift by {right.value} is out of range for a {size * 8}-bit value")
            shifted = left.value << right.value if isinstance(node.op, ast.LShift) \
                else left.value >> right.value
            return CValue(shifted, size, signed).wrapped()
        operation = _BINARY.get(type(node.op))
        if operation is None:
            raise ExprError("unsupported operator")
        size, signed = _convert(left, right)
        a = CValue(left.value, size, signed).wrapped().value
        b = CValue(right.value, size, signed).wrapped().value
        return CValue(operation(a, b), size, signed).wrapped()


def _check_c_text(text: str) -> None:
    """What C's grammar rules out before any rewrite: `**` (the rewrite uses Python's power
    operator for casts, so it must never come from the spec), non-ASCII text, and text too long
    to be a constant."""
    if not text.isascii():
        raise ExprError("an expression is ASCII text")
    if re.search(r"\*\s*\*", text):
        raise ExprError(f"'{text}': '**' is not a C operator (write a shift or BIT())")
    if "--" in text or "++" in text:  # Python reads `x--2` as x - (-2); C as a decrement
        raise ExprError(f"'{text}': C reads '--' and '++' as decrement and increment; put a "
                        f"space or parentheses between the signs")
    if len(text) > MAX_TEXT:
        raise ExprError(f"an expression of {len(text)} characters; at most {MAX_TEXT}")


def _depth(node) -> int:
    """How deeply the expression tree nests, measured without recursion."""
    deepest, stack = 0, [(node, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


def identifiers(text) -> set:
    """Names an expression refers to (for dependency order); literals and macros excluded."""
    if isinstance(text, int):
        return set()
    text = _SIZEOF.sub(lambda m: " ", str(text))
    names = set(_IDENT.findall(_LITERAL.sub(" ", text)))
    return names - set(MACROS) - set(SCALARS) - {"sizeof", "struct", "union", "enum"}


def sizeof_types(text) -> list:
    return [] if isinstance(text, int) else _SIZEOF.findall(str(text))
