"""`hvgen import`: C headers -> spec YAML (parse -> merge/emit), or a comparison with a spec."""

# The rule `hvgen import --compare` counts differences by; the CLI shows it in its help (this
# module imports nothing, so the help needs no libclang).
COMPARE_RULE = (
    "The headers are one Linux family (--view hdk: 7.2's include/hyperv/, --view tlfs: 6.12's "
    "hyperv-tlfs.h) and are compared with what the spec's Linux presence (linux:) says that "
    "family carries, as the kernel profile writes it. Differences are new definitions (in the "
    "headers, not in the spec's family), changed ones, and gone ones (the spec says the family "
    "has them, the headers do not). Definitions of the view the family does not carry are "
    "listed as 'in the spec only' (informational: the TLFS documents more than Linux carries). "
    "Exit status 1 when any difference counts.")
