"""`hvgen import`: C headers -> spec YAML (parse -> merge/emit), or a comparison with a spec."""

# The rule `hvgen import --compare` counts differences by; the CLI shows it in its help (this
# module imports nothing, so the help needs no libclang).
COMPARE_RULE = (
    "Differences are new definitions (in the headers, not in the spec), changed ones, and "
    "gone ones: spec definitions the headers' family should have. With --view hdk that is "
    "every definition of the hdk view; with --view tlfs (the 6.12 hyperv-tlfs.h family) only "
    "those marked `only: tlfs`. Other documented definitions the tlfs headers lack are listed "
    "as 'in the spec only (documented beyond these headers)': the TLFS documents more than 6.12 "
    "carried, so they are informational and do not count. Exit status 1 when any difference "
    "counts.")
