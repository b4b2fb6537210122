"""The name rule between the kernel's spelling (the spec) and the TLFS's (Windows) spelling.

Deterministic, in both directions, applied before any `tlfs_name:` exception:
- a type: the TLFS name without a leading `_`, lower-cased, is the kernel name
  (`HV_PARTITION_ID` / `_HV_PARTITION_ID` <-> `hv_partition_id`);
- a hypercall: `HvCall` + CamelCase words <-> `HVCALL_` + the words upper-cased and joined
  by `_` (`HvCallCreatePartition` <-> `HVCALL_CREATE_PARTITION`; a run of capitals is one word:
  `HvCallGetVpIndexFromApicId` <-> `HVCALL_GET_VP_INDEX_FROM_APIC_ID`);
- a hypercall's input and output: `hv_input_` / `hv_output_` + the words lower-cased
  (`hv_input_create_partition` <-> the Input Parameters table of `HvCallCreatePartition`);
  a rep hypercall's Input/Output List Element table is `<HvCall>_InputListElement` /
  `<HvCall>_OutputListElement`, which a spec definition names with `tlfs_name:`;
- a macro: the same spelling on both sides.
A spec definition's `tlfs_name:` replaces its TLFS name (the key it is looked up by).
"""

import re

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+")


def words(camel: str):
    return _WORD.findall(camel)


def type_key(tlfs_name: str) -> str:
    return tlfs_name.lstrip("_").lower()


def hypercall_code(hvcall: str) -> str:
    """HvCallCreatePartition -> HVCALL_CREATE_PARTITION."""
    return "HVCALL_" + "_".join(w.upper() for w in words(hvcall[len("HvCall"):]))


def hypercall_records(hvcall: str):
    stem = "_".join(w.lower() for w in words(hvcall[len("HvCall"):]))
    return f"hv_input_{stem}", f"hv_output_{stem}"


def spec_key(definition) -> str:
    """The key a spec definition is matched by: its TLFS name through the rule, or tlfs_name."""
    explicit = getattr(definition, "tlfs_name", None)
    if explicit:
        if explicit.startswith("HvCall") and definition.kind == "define":
            return hypercall_code(explicit)
        return type_key(explicit) if definition.kind != "define" else explicit
    return definition.name if definition.kind == "define" else definition.name.lower()


def tlfs_spellings(definition):
    """The TLFS spellings the rule predicts for a spec definition (to find it in page text)."""
    explicit = getattr(definition, "tlfs_name", None)
    if explicit:
        return [explicit]
    name = definition.name
    if definition.kind == "define":
        if name.startswith("HVCALL_"):
            return [name, "HvCall" + "".join(w.capitalize() for w in name[7:].split("_"))]
        return [name]
    return [name.upper()]


# --- TLFS constants and fields -> kernel names (hvgen tlfs --import; spec/README.md, "Names") ---
#
# A TLFS constant is `<prefix><CamelCase words>`; the kernel name is the prefix's kernel
# spelling + the words upper-cased and joined by `_`. A one-letter word at the end joins the
# word before it, as the kernel writes a hex digit suffix (`HvX64RegisterMsrMtrrPhysBaseA` ->
# `HV_X64_REGISTER_MSR_MTRR_PHYS_BASEA`). The longest matching prefix wins.
CONSTANT_PREFIXES = (
    ("HvX64Register", "HV_X64_REGISTER_"),
    ("HvArm64Register", "HV_ARM64_REGISTER_"),
    ("HvRegister", "HV_REGISTER_"),
    ("HvMessageType", "HVMSG_"),
    ("HvMessage", "HVMSG_"),  # HvMessageTimerExpired, HvMessageInsufficientMemory
    ("HvPartitionProperty", "HV_PARTITION_PROPERTY_"),
    ("HvPartitionVpProperty", "HV_PARTITION_VP_PROPERTY_"),
    ("HvInterceptType", "HV_INTERCEPT_TYPE_"),
    ("HvCall", "HVCALL_"),
    ("HvExtCall", "HV_EXT_CALL_"),
)


def _upper_words(camel: str):
    found = [w.upper() for w in words(camel)]
    if len(found) > 1 and len(found[-1]) == 1 and found[-1].isalpha():
        found[-2:] = [found[-2] + found[-1]]
    return found


def constant_name(tlfs: str) -> str:
    """A TLFS constant's kernel name: `HvX64RegisterRax` -> `HV_X64_REGISTER_RAX`,
    `HvMessageTypeX64Halt` -> `HVMSG_X64_HALT`, `HvCallVtlCall` -> `HVCALL_VTL_CALL`; a name
    of no known prefix is upper-cased word by word (`HvFooBar` -> `HV_FOO_BAR`)."""
    for prefix, kernel in sorted(CONSTANT_PREFIXES, key=lambda p: -len(p[0])):
        rest = tlfs[len(prefix):]
        if tlfs.startswith(prefix) and rest[:1].isupper():
            if prefix == "HvCall":
                return hypercall_code(tlfs)
            return kernel + "_".join(_upper_words(rest))
    return "_".join(_upper_words(tlfs))


def field_name(tlfs: str) -> str:
    """A TLFS member name in kernel snake_case: `PartitionId` -> `partition_id`,
    `VpIndex` -> `vp_index`, `RsvdZ` -> `rsvd_z`, `Reserved_1` -> `reserved_1`."""
    parts = [p for p in tlfs.split("_") if p]
    return "_".join("_".join(w.lower() for w in words(p)) or p.lower() for p in parts)


def register_pairs(names_cell: str, values_cell: str):
    """(TLFS name, number text) of one `Register | Identifier` row: `HvArm64RegisterCcsidrEl1 /
    Ccsidr2El1` with `0x00040030 /0x00040031` is two registers, the second name taking the
    first's prefix (the longest of CONSTANT_PREFIXES); halves of unequal length give none."""
    idents = [part.strip().strip("`").strip() for part in names_cell.split("/")]
    numbers = [part.strip().strip("`").strip() for part in values_cell.split("/")]
    if len(idents) != len(numbers):
        return []
    prefix = next((p for p, _ in sorted(CONSTANT_PREFIXES, key=lambda p: -len(p[0]))
                   if idents[0].startswith(p)), "")
    return [(ident if j == 0 or ident.startswith(prefix) else prefix + ident, number)
            for j, (ident, number) in enumerate(zip(idents, numbers))]
