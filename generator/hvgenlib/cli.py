"""The chassis every subcommand runs on: one parser, one way to find commands, one error path.

Each subcommand is a module of hvgenlib.commands (see its docstring for the contract). Exit
status: 0 fine, 1 a finding (stale output, a diff, an ABI break), 2 bad input or usage.
"""

import argparse
import importlib
import os
import pkgutil
import sys

from .diagnostics import SpecErrors, UsageError

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# The argument settings several subcommands share, handed to each module's add_arguments.
SHARED_ARGUMENTS = {
    "spec": dict(default=os.path.join(ROOT, "spec"), help="spec folder (default: %(default)s)"),
    "out": dict(default=os.path.join(ROOT, "generated"),
                help="output folder (default: %(default)s)"),
    "profile": dict(action="append", metavar="NAME",
                    help="only this output profile (generator/profiles.yaml); repeatable; "
                         "default: every profile and the report"),
}


def command_modules():
    """The modules of hvgenlib.commands, sorted by name."""
    from . import commands

    names = sorted(info.name for info in pkgutil.iter_modules(commands.__path__))
    return [importlib.import_module(f"{commands.__name__}.{name}") for name in names]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hvgen", description=(
        "Generate the Linux kernel's Hyper-V headers from the YAML spec."))
    sub = parser.add_subparsers(dest="command", required=True)
    for module in command_modules():
        command = sub.add_parser(module.NAME, help=module.HELP)
        module.add_arguments(command, SHARED_ARGUMENTS)
        command.set_defaults(run=module.run)
    return parser


# The spec's own bounds (expr.MAX_DEPTH, expr.MAX_CHAIN) stop hostile nesting with a located
# error; within them, a chain of definitions each with a deep value needs more Python frames than
# the default 1,000. Python-to-Python calls do not use the C stack (3.11), so this is safe.
RECURSION_LIMIT = 20_000


def main(argv=None) -> int:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), RECURSION_LIMIT))
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except SpecErrors as errors:
        for diagnostic in errors.diagnostics:
            print(diagnostic, file=sys.stderr)
        print(f"hvgen: {len(errors.diagnostics)} error(s); nothing written", file=sys.stderr)
        return 2
    except UsageError as exc:
        print(f"hvgen {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except RecursionError:  # a last net: every bound hvgen knows of reports itself first
        print(f"hvgen {args.command}: error: the input nests too deeply (definitions, types or "
              f"expressions inside one another); flatten it", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C: one line, the shell's status for SIGINT
        print("hvgen: interrupted", file=sys.stderr)
        return 130
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
