#!/usr/bin/env python3
"""Reads `go test -json` output and says how the run went.

Prints each package's result, the output of every failed test, and every
skipped test with its reason. Exits 1 when a test failed, a package failed
to build, or a test skipped for any reason but an opt-in report ("run with
-eval"): CI installs every tool the tests use, so any other skip hides a
check. The last line is "N passed, N failed".
"""
import json
import sys
from collections import defaultdict

output = defaultdict(list)  # (package, test) -> lines
passed = failed = 0
bad_skips, opt_in = [], []
packages_failed = []
for raw in open(sys.argv[1], encoding="utf-8", errors="replace"):
    try:
        ev = json.loads(raw)
    except ValueError:
        sys.stdout.write(raw)  # build errors and other plain output
        continue
    key = (ev.get("Package", ""), ev.get("Test", ""))
    action = ev.get("Action")
    if action == "output":
        output[key].append(ev.get("Output", ""))
    elif action in ("pass", "fail", "skip"):
        pkg, test = key
        if not test:
            status = {"pass": "ok  ", "fail": "FAIL", "skip": "?   "}[action]
            print(f"{status}\t{pkg}\t{ev.get('Elapsed', 0):.3f}s")
            if action == "fail":
                packages_failed.append(pkg)
            continue
        if action == "pass":
            passed += 1
        elif action == "fail":
            failed += 1
            print(f"--- FAIL: {test} ({pkg})\n" + "".join(output[key]))
        else:
            reason = "".join(output[key])
            (opt_in if "run with -" in reason else bad_skips).append((pkg, test, reason))

for pkg, test, reason in opt_in:
    print(f"opt-in report not run: {test} ({pkg})")
for pkg, test, reason in bad_skips:
    print(f"--- SKIP although CI installs what it needs: {test} ({pkg})\n{reason}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or bad_skips or packages_failed else 0)
