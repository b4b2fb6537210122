"""Command line: generate | check | validate. Exit 0 ok, 1 stale output, 2 bad spec or usage."""

import argparse
import importlib
import os
import pkgutil
import sys

from .diagnostics import SpecErrors

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hvgen", description=(
        "Generate the Linux kernel's Hyper-V headers from the YAML spec."))
    sub = parser.add_subparsers(dest="command", required=True)
    spec = dict(default=os.path.join(ROOT, "spec"), help="spec folder (default: %(default)s)")
    out = dict(default=os.path.join(ROOT, "generated"), help="output folder (default: %(default)s)")
    for name, text in (("generate", "write hyperv-tlfs.h and hvhdk.h"),
                       ("check", "exit 1 with a diff when the outputs are stale"),
                       ("validate", "check the spec alone")):
        command = sub.add_parser(name, help=text)
        command.add_argument("--spec", **spec)
        if name != "validate":
            command.add_argument("--out", **out)
            if name == "generate":
                command.add_argument("--depfile", metavar="FILE",
                                     help="also write a Make-style depfile of every input read")
            command.add_argument("--profile", action="append", metavar="NAME",
                                 help="only this output profile (generator/profiles.yaml); "
                                      "repeatable; default: every profile and the report")
    for module in _command_modules():
        command = sub.add_parser(module.NAME, help=module.HELP)
        module.add_arguments(command, {"spec": spec, "out": out})
        command.set_defaults(run=module.run)
    test = sub.add_parser("testgen", help="write a C test of one header's layout")
    test.add_argument("--spec", **spec)
    test.add_argument("--view", choices=("tlfs", "hdk"), required=True)
    test.add_argument("--arch", choices=("x86_64", "arm64"), required=True)
    test.add_argument("--flavour", choices=("cmocka", "static"), required=True)
    test.add_argument("--output", required=True, help="C file to write")
    from .importer import COMPARE_RULE  # plain text: loads no libclang

    imp = sub.add_parser("import", help="write spec YAML for C headers, or --compare with a spec",
                         description=COMPARE_RULE)
    imp.add_argument("headers", nargs="+", metavar="HEADER")
    imp.add_argument("--include", action="append", default=[], metavar="DIR")
    imp.add_argument("--arch", choices=("x86_64", "arm64", "both"), default="both")
    imp.add_argument("--visibility", choices=("documented", "hdk"), default="hdk")
    imp.add_argument("--out", metavar="FILE.yaml", help="write here (default: stdout)")
    imp.add_argument("--compare", metavar="SPEC_DIR", help="list new/changed/gone; write nothing")
    imp.add_argument("--view", choices=("tlfs", "hdk"), default="hdk",
                     help="spec view --compare measures against (default: %(default)s)")
    return parser


def _outputs(args):
    """Every rendered output; from the cache when the inputs are exactly an earlier run's."""
    from . import cache
    from .fingerprint import generation_key

    key = generation_key(args.spec, getattr(args, "profile", None))
    outputs = cache.load_outputs(key) if key else None
    if outputs is None:
        from .pipeline import generate

        _, outputs = generate(args.spec, getattr(args, "profile", None))
        if key:
            cache.store_outputs(key, outputs)
    return outputs


def _generate(args) -> int:
    from .write import write_outputs

    outputs = _outputs(args)
    for name in write_outputs(outputs, args.out):
        print(f"hvgen: wrote {os.path.join(args.out, name)}")
    if args.depfile:  # a build system compares times: mark even unchanged outputs as current
        from .fingerprint import write_depfile

        paths = [os.path.join(args.out, name) for name in outputs]
        for path in paths:
            os.utime(path)
        write_depfile(args.depfile, args.spec, paths)
    return 0


def _check(args) -> int:
    from .write import stale_files, unified_diff

    outputs = _outputs(args)
    stale = stale_files(outputs, args.out)
    if not stale:
        return 0
    sys.stdout.write(unified_diff(outputs, args.out, stale))
    print(f"hvgen: {', '.join(stale)} out of date with {args.spec}; run `make` (hvgen generate)",
          file=sys.stderr)
    return 1


def _validate(args) -> int:
    from .pipeline import analyse
    from .report import summary

    result = analyse(args.spec)
    print(summary(result))
    return 0


def _testgen(args) -> int:
    from .pipeline import analyse
    from .profiles import default_header
    from .testgen import render_test
    from .write import write_outputs

    result = analyse(args.spec)
    text = render_test(result.views[args.view], result.layouts[(args.view, args.arch)],
                       default_header(args.view).file, args.flavour)
    write_outputs({os.path.basename(args.output): text}, os.path.dirname(args.output) or ".")
    return 0


def _import(args) -> int:
    from .importer import compare, emit, parse

    arches = ("x86_64", "arm64") if args.arch == "both" else (args.arch,)
    try:
        per_arch = [parse.parse_headers(args.headers, args.include, a) for a in arches]
    except parse.ImportError_ as exc:
        print(f"hvgen: error: {exc}", file=sys.stderr)
        return 2
    for note in sorted({n for facts in per_arch for n in facts.unsupported}):
        print(f"hvgen import: note: {note}", file=sys.stderr)
    if args.compare:
        from .pipeline import analyse

        diffs = compare.compare(per_arch, analyse(args.compare), args.view)
        sys.stdout.write(compare.report(diffs))
        return 1 if diffs else 0
    defs = emit.merge(*per_arch) if len(per_arch) == 2 else per_arch[0].definitions
    text = emit.emit(defs, args.visibility)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return 0


COMMANDS = {"generate": _generate, "check": _check, "validate": _validate,
            "testgen": _testgen, "import": _import}


def _command_modules():
    """The modules of hvgenlib.commands, sorted by name (see its docstring for the contract)."""
    from . import commands

    names = sorted(info.name for info in pkgutil.iter_modules(commands.__path__))
    return [importlib.import_module(f"{commands.__name__}.{name}") for name in names]


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    try:
        if getattr(args, "run", None) is not None:
            return args.run(args)
        return COMMANDS[args.command](args)
    except SpecErrors as errors:
        for diagnostic in errors.diagnostics:
            print(diagnostic, file=sys.stderr)
        print(f"hvgen: {len(errors.diagnostics)} error(s); nothing written", file=sys.stderr)
        return 2
    except ModuleNotFoundError as exc:
        from .dependencies import missing_module_message

        print(missing_module_message(args.command, exc.name or str(exc)), file=sys.stderr)
        return 2
    except BrokenPipeError:  # `hvgen ... | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"hvgen: error: {exc}", file=sys.stderr)
        return 2
