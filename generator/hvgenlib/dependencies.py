"""The Debian package behind each Python module hvgen imports (generator/debian-packages.txt).

A subcommand whose module is missing ends with one line naming the apt-get line that fixes it,
never a traceback: the module is looked up here when the import fails, not checked up front, so
a run that needs nothing optional pays nothing.
"""

import os

PACKAGES_FILE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                             "debian-packages.txt")


def module_packages(path: str = PACKAGES_FILE) -> dict:
    """{python module: Debian package} for every row that provides a module."""
    table = {}
    with open(path, encoding="utf-8") as rows:
        for row in rows:
            columns = row.split()
            if len(columns) >= 2 and not row.startswith("#") and columns[1] != "-":
                table[columns[1]] = columns[0]
    return table


def missing_module_message(subcommand: str, missing: str) -> str:
    """The error for `import <missing>` failing under <subcommand>.

    `missing` is ModuleNotFoundError.name: the first absent package of a dotted import, so
    `import clang.cindex` without libclang's binding reports "clang", matched here to clang.cindex.
    """
    for module, package in module_packages().items():
        if missing == module or module.startswith(missing + ".") or missing.startswith(module + "."):
            return f"hvgen: error: {subcommand} needs {module}: apt-get install {package}"
    return (f"hvgen: error: {subcommand} needs the Python module {missing}, which "
            f"generator/debian-packages.txt does not list: this is a bug in hvgen")
