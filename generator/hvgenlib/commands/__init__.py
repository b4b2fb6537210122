"""Every hvgen subcommand, one module each, found by cli.py (the chassis) without editing it.

A module here defines `NAME` (the subcommand), `HELP` (one line), `add_arguments(parser,
shared)` where shared holds the settings of the arguments several subcommands take (`spec`,
`out`, `profile`: pass them as `parser.add_argument("--spec", **shared["spec"])`), and
`run(args) -> int` (0 fine, 1 a finding such as stale output, a diff or an ABI break, 2 bad
input; raise SpecErrors for spec errors, which the chassis prints). Files are written through
write.py only: write_outputs for a set of outputs, write_file for one file the user named.
"""
