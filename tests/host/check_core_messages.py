#!/usr/bin/env python3
# Sapha tests — every error the host, the SDK and the plugins' cores make for people is in both languages.
#
# The core's errors reach the GUI's message boxes and the CLI's stderr; a Thai reader must not get English.
# An error made from a string literal holding English words must make it through localized(thai, english)
# (host/core/messages/message_language.hpp), inLanguage (a plugin) or _() (the GUI's catalog). Fails naming each file:line that does not.
# SPDX-License-Identifier: MIT
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
# An error made by the core, a refusal of the CLI, or a plugin command's message to stderr (exit 1 or 2).
makers = re.compile(r"(Error \{|Status::failure\(|runtime_error\(|GitError\(|context\.fail\(|context\.usage\(|"
                    r"failureAt\([^,]*, |CannotMerge\(|\bfailure\(|return \{ [12], \{\}, )")
literal = re.compile(r'"((?:[^"\\]|\\.)*)"')
english = re.compile(r"[A-Za-z]{3,}")


def first_argument(text, start):
    """The text of the first argument after an opening bracket at `start`, up to a top-level comma or the close."""
    depth = 0
    quoted = False
    i = start
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                i += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c in "({[":
            depth += 1
        elif c in ")}]":
            if depth == 0:
                return text[start:i]
            depth -= 1
        elif c == "," and depth == 0:
            return text[start:i]
        i += 1
    return text[start:]


problems = []
sources = [p for folder in ("host/core", "host/cli", "host/gui") for p in (root / folder).rglob("*.cpp")]
sources += list((root / "sdk/src").rglob("*.cpp")) + list(root.glob("plugins/*/core/**/*.cpp"))
for path in sorted(sources):
    text = path.read_text(encoding="utf-8")
    for match in makers.finditer(text):
        argument = first_argument(text, match.end())
        if "localized(" in argument or "inLanguage(" in argument or "_(" in argument:
            continue
        words = [w for s in literal.findall(argument) for w in english.findall(s)]
        if words:
            line = text.count("\n", 0, match.start()) + 1
            problems.append(f"{path.relative_to(root)}:{line}: English only ({' '.join(words[:4])}): "
                            "write it with localized(thai, english)")
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
