"""Extra hvgen subcommands, one module each, found by cli.py without editing it.

A module here defines `NAME` (the subcommand), `HELP` (one line), `add_arguments(parser,
defaults)` where defaults holds the standard `spec` and `out` argument settings, and
`run(args) -> int` (0 fine, 1 a finding such as a diff or an ABI break, 2 bad input; raise
SpecErrors for spec errors).
"""
