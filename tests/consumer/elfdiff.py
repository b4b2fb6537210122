"""Comparing two relocatable ELF objects section by section.

Whole files first: two byte-identical .o files need nothing more. Otherwise every section is
compared by name: its type, flags and bytes; relocations as (offset, type, symbol name,
addend), so a renumbered symbol table alone does not make relocations differ; the symbol
table as (name, value, size, type/binding, visibility, section name). Only ELF64
little-endian objects are read (x86_64 and arm64). Nothing is ignored: a .comment or .note
that differs is reported like code.
"""

import struct

SHT_SYMTAB, SHT_RELA, SHT_NOBITS, SHT_REL = 2, 4, 8, 9
SHN_NAMES = {0: "UND", 0xfff1: "ABS", 0xfff2: "COMMON"}


class NotElf(Exception):
    pass


class Elf:
    def __init__(self, data):
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            raise NotElf("not an ELF64 little-endian file")
        self.data = data
        (shoff,) = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
        self.sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                         for i in range(shnum)]
        names = self.sections[shstrndx]
        self.names = [self._string(names, s[0]) for s in self.sections]
        self._symbols = None

    def _string(self, strtab, offset):
        start = strtab[4] + offset
        return self.data[start:self.data.index(b"\0", start)].decode("utf-8", "replace")

    def contents(self, index):
        s = self.sections[index]
        return b"" if s[1] == SHT_NOBITS else self.data[s[4]:s[4] + s[5]]

    def section_name(self, index):
        if index in SHN_NAMES:
            return SHN_NAMES[index]
        return self.names[index] if index < len(self.names) else f"#{index}"

    def symbols(self):
        """The symbol table: one tuple per symbol, section indices and string offsets
        replaced by names."""
        for i, s in enumerate(self.sections):
            if s[1] == SHT_SYMTAB:
                strtab = self.sections[s[6]]
                data = self.contents(i)
                return [self._symbol(strtab, data, off) for off in range(0, len(data), 24)]
        return []

    def _symbol(self, strtab, data, off):
        name, info, other, shndx, value, size = struct.unpack_from("<IBBHQQ", data, off)
        return (self._string(strtab, name), value, size, info, other, self.section_name(shndx))

    def relocations(self, index):
        """One RELA section's entries as (offset, type, symbol, addend); a section symbol,
        which has no name, by its section's."""
        if self._symbols is None:
            self._symbols = self.symbols()
        symbols = self._symbols
        data = self.contents(index)
        entries = []
        for off in range(0, len(data), 24):
            r_offset, r_info, addend = struct.unpack_from("<QQq", data, off)
            sym = symbols[r_info >> 32] if (r_info >> 32) < len(symbols) else None
            entries.append((r_offset, r_info & 0xffffffff, sym[0] or sym[5] if sym else None,
                            addend))
        return entries

    def by_name(self):
        table = {}
        for i, name in enumerate(self.names):
            if i:
                table.setdefault(name, []).append(i)
        return table


def section_view(elf, index):
    """What is compared of one section: kind-specific, so that index renumbering elsewhere
    does not show up here."""
    s = elf.sections[index]
    if s[1] == SHT_SYMTAB:
        return ("symtab", elf.symbols())
    if s[1] == SHT_RELA:
        return ("rela", elf.section_name(s[7]), elf.relocations(index))
    if s[1] in (SHT_REL,):
        return ("rel", elf.section_name(s[7]), elf.contents(index))
    if s[1] == 3:  # string tables: their bytes follow from the symbols and section names
        return ("strtab", sorted(set(elf.contents(index).split(b"\0"))))
    return (s[1], s[2], s[8], s[5], elf.contents(index))


def differing_sections(a_bytes, b_bytes):
    """[] when the objects agree; else the names of the sections that differ (a section in
    only one of them counts), with "ELF header" when the headers disagree."""
    if a_bytes == b_bytes:
        return []
    a, b = Elf(a_bytes), Elf(b_bytes)
    out = []
    if a_bytes[:0x28] != b_bytes[:0x28]:
        out.append("ELF header")
    a_names, b_names = a.by_name(), b.by_name()
    for name in sorted(set(a_names) | set(b_names)):
        a_views = [section_view(a, i) for i in a_names.get(name, [])]
        b_views = [section_view(b, i) for i in b_names.get(name, [])]
        if a_views != b_views:
            out.append(name)
    return out or ["section order or padding"]
