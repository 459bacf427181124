#!/usr/bin/env python3
"""Prints bench.py's JSON results as a Markdown table with the issue-4 targets."""

import json
import sys


def cell(summary, key="median"):
    if not summary or summary.get(key) is None or summary.get(key) != summary.get(key):
        return "—"
    return f"{summary[key]:.1f}"


def verdict(value, limit):
    if value is None or value != value:
        return "—"
    return "met" if value < limit else "**missed**"


def main():
    results = json.load(open(sys.argv[1]))
    rows = []

    def add(name, summary, target, limit, key="p99", unit="ms"):
        value = summary.get(key) if summary else None
        rows.append((name, cell(summary), cell(summary, "p99"),
                     str(summary.get("n", "")) if summary else "", target,
                     verdict(value, limit) if limit is not None else ""))

    startup = results.get("startup")
    if startup:
        add("start → first frame (layout drawn)", startup["first_frame_ms"], "< 200 ms", 200,
            key="median")
        add("start → first rows of `track` (`rows 1–34`)", startup["first_rows_ms"],
            "< 50 ms (first rows)", 50, key="median")
        add("start → exact count shown", startup["exact_count_ms"], "", None)
    opened = results.get("open")
    if opened:
        add("Enter on `track` → first rows", opened["enter_to_rows_ms"], "< 50 ms", 50,
            key="median")
    keys = results.get("keys")
    if keys:
        add("key → screen, idle (j/k)", keys["idle_ms"], "p99 < 20 ms", 20)
        add("key → screen, while an unindexed sort runs", keys["busy_ms"], "p99 < 20 ms", 20)
    last = results.get("lastpage")
    if last:
        add("`G` → last page, key order (indexed)", last["indexed_ms"], "< 50 ms", 50,
            key="median")
        add("`G` → last page, unindexed sort", last["unindexed_ms"], "", None)
    memory = results.get("memory")
    if memory:
        add("PgDn → next page (1,000 pages)", memory["page_down_ms"], "", None)
    sort = results.get("sort")
    if sort:
        add("`s` on unindexed column → sorted first page", sort["browser_ms"], "", None)
        add("SQLite alone: same ORDER BY … LIMIT", sort["sqlite_ms"], "", None)

    print("| measurement | median ms | p99 ms | n | target | verdict |")
    print("|---|---:|---:|---:|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if sort:
        ratio = sort["ratio"]
        print(f"| sorted first page, browser / SQLite | {ratio:.2f}x | | | ≤ 1.3x | "
              f"{'met' if ratio <= 1.3 else '**missed**'} |")
    if memory:
        hwm = memory["rss_after_mib"].get("VmHWM")
        print(f"| peak RSS (VmHWM) after {memory['pages']} pages | {hwm:.1f} MiB | | | < 64 MB | "
              f"{'met' if hwm * 1.048576 < 64 else '**missed**'} |")
    machine = results["machine"]
    print()
    print(f"Machine: {machine['cpu']}, {machine['cores']} cores, Linux {machine['kernel']}, "
          f"SQLite {machine['sqlite']} (Python's; the binary links the system libsqlite3). "
          f"Load average before/after: {machine['loadavg_before'][0]:.2f} / "
          f"{machine['loadavg_after'][0]:.2f}.")


if __name__ == "__main__":
    main()
