"""`hvgen generate`: write every output profile's headers and the report (only changed files)."""

import os

NAME = "generate"
HELP = "write the generated headers and reports (only files that changed)"


def add_arguments(parser, defaults) -> None:
    parser.add_argument("--spec", **defaults["spec"])
    parser.add_argument("--out", **defaults["out"])
    parser.add_argument("--profile", **defaults["profile"])
    parser.add_argument("--depfile", metavar="FILE",
                        help="also write a Make-style depfile of every input read")


def run(args) -> int:
    from ..outputs import rendered_outputs
    from ..write import orphaned_outputs, write_outputs

    outputs = rendered_outputs(args.spec, args.profile)
    for name in write_outputs(outputs, args.out):
        print(f"hvgen: wrote {os.path.join(args.out, name)}")
    if not args.profile:  # every profile was rendered: what else hvgen made there is stale
        for name in orphaned_outputs(outputs, args.out):
            os.unlink(os.path.join(args.out, name))
            print(f"hvgen: removed {os.path.join(args.out, name)} (no output profile writes it)")
    if args.depfile:  # a build system compares times: mark even unchanged outputs as current
        from ..fingerprint import write_depfile

        paths = [os.path.join(args.out, name) for name in outputs]
        for path in paths:
            os.utime(path)
        write_depfile(args.depfile, args.spec, paths)
    return 0
