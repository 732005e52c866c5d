"""Fail CI when a test run was (largely) skipped: at least --minimum tests must have run (passed
or failed is pytest's own exit code), and at most --max-skipped may have been skipped."""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report", help="pytest --junitxml file")
    parser.add_argument("--minimum", type=int, required=True)
    parser.add_argument("--max-skipped", type=int, required=True)
    args = parser.parse_args()
    root = ET.parse(args.report).getroot()
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    total = sum(int(s.get("tests", 0)) for s in suites)
    skipped = sum(int(s.get("skipped", 0)) for s in suites)
    ran = total - skipped
    print(f"PostgreSQL run: {ran} tests ran, {skipped} skipped")
    if ran < args.minimum:
        print(f"FAIL: fewer than {args.minimum} tests ran on PostgreSQL", file=sys.stderr)
        return 1
    if skipped > args.max_skipped:
        print(f"FAIL: more than {args.max_skipped} tests were skipped on PostgreSQL",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
