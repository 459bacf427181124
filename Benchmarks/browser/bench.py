#!/usr/bin/env python3
"""Measures the real `terrapin` binary in a pseudo-terminal.

Every measurement starts the release binary in a pty of a fixed size (120x40,
TERM=xterm-256color), feeds everything it writes through a terminal emulator (pyte), and
times, from the moment a key is written to the pty, when the emulated screen first shows the
expected change. Times are taken when the bytes that complete the change are *read* (before
the emulator parses them), so the emulator's own cost is not counted.

Usage: bench.py --binary PATH --database PATH [--quick] [--json OUT]
"""

import argparse
import fcntl
import json
import os
import platform
import queue
import re
import signal
import sqlite3
import statistics
import struct
import subprocess
import sys
import termios
import threading
import time

import pyte

COLUMNS, LINES = 120, 40
STATUS_ROW, HINT_ROW = LINES - 2, LINES - 1
SIDEBAR_WIDTH = min(36, max(16, COLUMNS // 4))
GRID_X = SIDEBAR_WIDTH + 1  # inside the grid's border
GRID_FIRST_DATA_ROW = 3  # border, names, types
GRID_LAST_DATA_ROW = LINES - 2 - 2  # above the bottom border
PAGE_ROWS = GRID_LAST_DATA_ROW - GRID_FIRST_DATA_ROW + 1

ROWS_RE = re.compile(r"rows ([\d,?]+)–([\d,?]+) of (~?[\d,]+|\?|~)")
BUSY_MARK = "working (Esc cancels)"


class Timeout(Exception):
    pass


class Browser:
    """The binary in a pty, with an emulated screen."""

    def __init__(self, binary, args, env_extra=None):
        self.screen = pyte.Screen(COLUMNS, LINES)
        self.stream = pyte.ByteStream(self.screen)
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        env = dict(os.environ)
        env.update({"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
        env.pop("NO_COLOR", None)
        env.update(env_extra or {})
        self.start = time.perf_counter()
        self.process = subprocess.Popen(
            [binary] + args, stdin=slave, stdout=slave, stderr=slave, env=env,
            start_new_session=True,
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
        os.close(slave)
        self.master = master
        self.first_byte = None
        self.closed = False
        # A thread does nothing but read the pty and timestamp each chunk, so the time a byte
        # arrived never depends on how long the emulator or a predicate takes.
        self.chunks = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        while True:
            try:
                data = os.read(self.master, 1 << 16)
            except OSError:
                data = b""
            stamp = time.perf_counter()
            self.chunks.put((stamp, data))
            if not data:
                return

    # -- reading ---------------------------------------------------------------------------

    def pump(self, timeout):
        """Feeds the emulator the next chunk read (waiting up to `timeout` seconds); returns
        the time that chunk was read, or None. One chunk at a time, so a predicate checked
        after each call gets the time of the exact chunk that made it true, however slowly
        the emulator runs."""
        try:
            if timeout > 0:
                stamp, data = self.chunks.get(timeout=timeout)
            else:
                stamp, data = self.chunks.get_nowait()
        except queue.Empty:
            return None
        if not data:
            self.closed = True
            return None
        if self.first_byte is None:
            self.first_byte = stamp
        self.stream.feed(data)
        return stamp

    def wait_for(self, predicate, timeout=30.0, what="condition"):
        """Waits until predicate(self) holds; returns the timestamp of the read that made it so."""
        if predicate(self):
            return time.perf_counter()
        deadline = time.perf_counter() + timeout
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0 or self.closed:
                raise Timeout(f"timed out waiting for {what}\n" + self.dump())
            stamp = self.pump(remaining)
            if stamp is not None and predicate(self):
                return stamp

    def drain(self, quiet=0.05, limit=2.0):
        """Reads until nothing arrives for `quiet` seconds."""
        end = time.perf_counter() + limit
        while time.perf_counter() < end:
            if self.pump(quiet) is None:
                return

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        stamp = time.perf_counter()
        os.write(self.master, data)
        return stamp

    # -- the screen ------------------------------------------------------------------------

    def line(self, y):
        """Row `y` as text. Built from the cells (pyte's `display` renders all 40 rows, and
        raises on an empty cell that does not follow a wide character); the empty
        continuation cell after a wide character is skipped, so indexes are cell columns
        only on rows without wide characters."""
        row = self.screen.buffer[y]
        return "".join(row[x].data for x in range(self.screen.columns))

    def status(self):
        return self.line(STATUS_ROW)

    def is_busy(self):
        return BUSY_MARK in self.status()

    def row_range(self):
        match = ROWS_RE.search(self.status())
        return match.groups() if match else None

    def cursor_row(self):
        """The screen row of the highlighted (reverse-video) cell in the grid, or None."""
        buffer = self.screen.buffer
        for y in range(GRID_FIRST_DATA_ROW, GRID_LAST_DATA_ROW + 1):
            row = buffer[y]
            for x in range(GRID_X, COLUMNS - 1):
                if row[x].reverse:
                    return y
        return None

    def ids_on_screen(self):
        """The key column's values on the grid's data rows (the key is pinned leftmost)."""
        ids = []
        for y in range(GRID_FIRST_DATA_ROW, GRID_LAST_DATA_ROW + 1):
            text = self.line(y)[GRID_X:].split("│", 1)[0].strip()
            if not text.isdigit():
                break
            ids.append(int(text))
        return ids

    def dump(self):
        return "\n".join(self.line(y) for y in range(self.screen.lines))

    def pid(self):
        return self.process.pid

    def memory(self):
        values = {}
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith(("VmHWM", "VmRSS")):
                    key, value = line.split(":")
                    values[key] = int(value.split()[0]) / 1024.0  # MiB
        return values

    def quit(self):
        if self.process.poll() is None:
            try:
                self.send("q")
                self.process.wait(timeout=5)
            except (subprocess.TimeoutExpired, OSError):
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        # The process has exited, so the reader thread sees end of file and stops. Only then
        # close the descriptor: closing it under a blocked read would let the next pty reuse
        # the number while this thread still reads from it, stealing the next run's output.
        self.reader.join(timeout=5)
        if self.reader.is_alive():
            sys.exit("the pty reader did not stop; refusing to reuse its descriptor")
        try:
            os.close(self.master)
        except OSError:
            pass


# -- helpers ---------------------------------------------------------------------------------

def ms(seconds):
    return seconds * 1000.0


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, int(round(fraction * (len(ordered) - 1)))))
    return ordered[index]


def summary(values):
    return {
        "n": len(values),
        "median": statistics.median(values) if values else float("nan"),
        "p99": percentile(values, 0.99),
        "min": min(values) if values else float("nan"),
        "max": max(values) if values else float("nan"),
    }


def first_rows_shown(browser):
    rng = browser.row_range()
    return rng is not None and rng[0] == "1" and browser.cursor_row() == GRID_FIRST_DATA_ROW


def frame_drawn(browser):
    # The layout is on screen: the sidebar's border and the key hints of the bottom line.
    return "help" in browser.line(HINT_ROW) and browser.line(0).startswith("┌")


def exact_count_shown(browser):
    rng = browser.row_range()
    return rng is not None and rng[2] not in ("?", "~") and not rng[2].startswith("~")


def open_track(binary, database):
    return Browser(binary, [database, "--table", "track"])


def column_index(database, table, column):
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        names = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    return names.index(column)


def go_to_column(browser, index):
    """Moves the grid's cursor to column `index` (0 first) and waits until the header shows it."""
    browser.send("0")
    for _ in range(index):
        browser.send("l")
    browser.drain(quiet=0.2)


# -- 1. start-up -----------------------------------------------------------------------------

def record(browser, seconds):
    """The raw chunks written in the next `seconds`, with their read times, unparsed: the
    harness uses no CPU meanwhile, so it does not compete with the program for the cores."""
    chunks = []
    end = time.perf_counter() + seconds
    while True:
        remaining = end - time.perf_counter()
        if remaining <= 0:
            return chunks
        try:
            stamp, data = browser.chunks.get(timeout=remaining)
        except queue.Empty:
            return chunks
        if not data:
            return chunks
        chunks.append((stamp, data))


def replay(browser, chunks, predicates):
    """Feeds recorded chunks through the emulator in order; returns, for each predicate,
    the read time of the chunk after which it first held (None if it never did)."""
    found = {}
    for stamp, data in chunks:
        if browser.first_byte is None:
            browser.first_byte = stamp
        browser.stream.feed(data)
        for name, predicate in predicates.items():
            if name not in found and predicate(browser):
                found[name] = stamp
    return {name: found.get(name) for name in predicates}


def bench_startup(binary, database, runs, seconds=3.0):
    """Starts the binary `runs` times; records its output for `seconds` without parsing, then
    replays it through the emulator to find when the frame, the rows and the count appeared."""
    first_output, first_frame, first_rows, exact = [], [], [], []
    for _ in range(runs):
        browser = open_track(binary, database)
        try:
            chunks = record(browser, seconds)
            times = replay(browser, chunks, {
                "frame": frame_drawn, "rows": first_rows_shown, "exact": exact_count_shown})
            if None in times.values():
                raise Timeout(f"not all shown within {seconds} s: {times}\n" + browser.dump())
            first_output.append(ms(browser.first_byte - browser.start))
            first_frame.append(ms(times["frame"] - browser.start))
            first_rows.append(ms(times["rows"] - browser.start))
            exact.append(ms(times["exact"] - browser.start))
        finally:
            browser.quit()
        time.sleep(0.3)
    return {
        "first_output_ms": summary(first_output),
        "first_frame_ms": summary(first_frame),
        "first_rows_ms": summary(first_rows),
        "exact_count_ms": summary(exact),
    }


def bench_open_from_sidebar(binary, database, runs):
    """Enter on `track` in the sidebar (tables already listed) until its first rows show."""
    times = []
    browser = Browser(binary, [database])
    try:
        browser.wait_for(lambda b: "track" in b.dump() and "help" in b.line(HINT_ROW), 30,
                         "table list")
        browser.drain(quiet=0.3)
        # Move the sidebar selection onto `track`.
        for _ in range(60):
            selected = [y for y in range(1, LINES - 3)
                        if any(browser.screen.buffer[y][x].reverse for x in range(1, SIDEBAR_WIDTH - 1))]
            if selected and "track" in browser.line(selected[0])[:SIDEBAR_WIDTH] and \
                    "track" == browser.line(selected[0])[:SIDEBAR_WIDTH].split()[1 if browser.line(selected[0]).startswith("│") else 0].strip("│ "):
                break
            browser.send("j")
            browser.drain(quiet=0.05)
        for run in range(runs):
            sent = browser.send("\r")
            shown = browser.wait_for(first_rows_shown, 60, "rows after Enter")
            times.append(ms(shown - sent))
            browser.drain(quiet=0.2)
            browser.send("\t")  # back to the sidebar
            browser.wait_for(lambda b: b.cursor_row() is None, 10, "sidebar focus")
            browser.drain(quiet=0.2)
    finally:
        browser.quit()
    return {"enter_to_rows_ms": summary(times)}


# -- 2. key-to-screen latency ----------------------------------------------------------------

def key_latencies(browser, count, require_busy=None, restart_busy=None, gap=0.01):
    """Sends j/k alternately; returns latencies (ms) from write to the cursor's new row."""
    latencies = []
    skipped = 0
    down = True
    restarts = 0
    while len(latencies) < count:
        if require_busy is not None and not browser.is_busy():
            restarts += 1
            if restarts > 3 * count:
                break  # the slow query is not slow here (a small database)
            restart_busy(browser)
            continue
        y = browser.cursor_row()
        if y is None:
            browser.drain(quiet=0.1)
            continue
        if y >= GRID_LAST_DATA_ROW - 1:
            down = False
        if y <= GRID_FIRST_DATA_ROW:
            down = True
        expected = y + 1 if down else y - 1
        sent = browser.send("j" if down else "k")
        shown = browser.wait_for(lambda b: b.cursor_row() == expected, 10, f"cursor on row {expected}")
        busy_after = browser.is_busy()
        if require_busy is None or busy_after:
            latencies.append(ms(shown - sent))
        else:
            skipped += 1
        down = not down
        time.sleep(gap)
        browser.pump(0)
    return latencies, skipped


def bench_keys(binary, database, count, sort_column):
    result = {}
    browser = open_track(binary, database)
    try:
        browser.wait_for(first_rows_shown, 60, "first rows")
        browser.wait_for(exact_count_shown, 120, "exact count")
        browser.drain(quiet=0.3)
        idle, _ = key_latencies(browser, count)
        result["idle_ms"] = summary(idle)

        index = column_index(database, "track", sort_column)
        go_to_column(browser, index)
        sorts = {"started": 0}

        def restart(b):
            # s cycles asc → desc → off; keep it on a sort of the unindexed column.
            b.send("s")
            sorts["started"] += 1
            b.drain(quiet=0.05, limit=0.5)
            if "sort:" not in b.status():
                return  # turned the sort off; the next call turns it on again
            b.wait_for(lambda x: x.cursor_row() is not None, 5, "cursor")

        restart(browser)
        busy, skipped = key_latencies(browser, count, require_busy=True, restart_busy=restart)
        result["busy_ms"] = summary(busy)
        result["busy_sorts_started"] = sorts["started"]
        result["busy_samples_dropped_as_not_busy"] = skipped
    finally:
        browser.quit()
    return result


# -- 3. last page ----------------------------------------------------------------------------

def time_last_page(browser, runs, what, first_id, last_id):
    """g then G, `runs` times: from writing G until the last row (`last_id`) is on screen."""
    times = []
    for _ in range(runs):
        browser.send("g")
        browser.wait_for(lambda b: b.ids_on_screen()[:1] == [first_id], 300,
                         f"first page ({what})")
        browser.drain(quiet=0.2)
        sent = browser.send("G")
        shown = browser.wait_for(
            lambda b: b.ids_on_screen()[-1:] == [last_id]
            and b.cursor_row() == GRID_FIRST_DATA_ROW + len(b.ids_on_screen()) - 1,
            300, f"last page ({what})")
        times.append(ms(shown - sent))
        browser.drain(quiet=0.2)
    return times


def expected_ids(database, order):
    """The ids of the first and the last row of track in `order` (ascending)."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        first = connection.execute(f"SELECT id FROM track ORDER BY {order} LIMIT 1").fetchone()[0]
        descending = ", ".join(part + " DESC" for part in order.split(", "))
        last = connection.execute(
            f"SELECT id FROM track ORDER BY {descending} LIMIT 1").fetchone()[0]
    return first, last


def bench_last_page(binary, database, runs_indexed, runs_unindexed, sort_column):
    result = {}
    browser = open_track(binary, database)
    try:
        browser.wait_for(first_rows_shown, 60, "first rows")
        browser.wait_for(exact_count_shown, 120, "exact count")
        browser.drain(quiet=0.3)
        first, last = expected_ids(database, '"id"')
        result["indexed_ms"] = summary(
            time_last_page(browser, runs_indexed, "key order", first, last))
        result["indexed_status"] = browser.status().strip()
        first, last = expected_ids(database, f'"{sort_column}", "id"')
        go_to_column(browser, column_index(database, "track", sort_column))
        browser.send("s")
        browser.wait_for(lambda b: b.ids_on_screen()[:1] == [first], 300, "sorted")
        browser.drain(quiet=0.3)
        result["unindexed_ms"] = summary(
            time_last_page(browser, runs_unindexed, "unindexed", first, last))
        result["unindexed_status"] = browser.status().strip()
    finally:
        browser.quit()
    return result


# -- 4. memory after paging ------------------------------------------------------------------

def bench_paging_memory(binary, database, pages):
    browser = open_track(binary, database)
    page_times = []
    try:
        browser.wait_for(first_rows_shown, 60, "first rows")
        browser.wait_for(exact_count_shown, 120, "exact count")
        browser.drain(quiet=0.3)
        at_start = browser.memory()
        for page in range(pages):
            before = browser.row_range()
            sent = browser.send("\x1b[6~")  # PgDn
            shown = browser.wait_for(
                lambda b: not b.is_busy() and b.row_range() is not None
                and b.row_range() != before, 30, f"page {page + 2}")
            page_times.append(ms(shown - sent))
        browser.drain(quiet=0.3)
        after = browser.memory()
        last = browser.row_range()
    finally:
        browser.quit()
    return {
        "pages": pages,
        "rss_at_start_mib": at_start,
        "rss_after_mib": after,
        "last_range": last,
        "page_down_ms": summary(page_times),
    }


# -- 5. first page sorted on an unindexed column, vs SQLite ----------------------------------

def sqlite_first_page(connection, sql):
    start = time.perf_counter()
    rows = connection.execute(sql).fetchall()
    elapsed = ms(time.perf_counter() - start)
    assert len(rows) == PAGE_ROWS + 1
    return elapsed


def bench_unindexed_sort(binary, database, column, runs):
    """`s` on an unindexed column until the sorted first page shows, against SQLite running
    the browser's own query (same library, same file) in this process. The two alternate,
    run after run, so both see the same machine load; the ratio is the median of the
    per-pair ratios."""
    sql = f'SELECT * FROM "track" ORDER BY "{column}", "id" LIMIT {PAGE_ROWS + 1}'
    plain_sql = f'SELECT * FROM "track" ORDER BY "{column}" LIMIT {PAGE_ROWS + 1}'
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    browser = open_track(binary, database)
    times, query_ms, sqlite_times, plain_times, ratios = [], [], [], [], []
    try:
        browser.wait_for(first_rows_shown, 60, "first rows")
        browser.wait_for(exact_count_shown, 120, "exact count")
        first, last = expected_ids(database, f'"{column}", "id"')
        sqlite_first_page(connection, sql)  # warm-up, as the browser's first run is not
        go_to_column(browser, column_index(database, "track", column))
        # Let the sidebar's background counts finish before timing.
        browser.wait_for(lambda b: not b.is_busy(), 120, "idle")
        time.sleep(2.0)
        browser.drain(quiet=0.3)
        for _ in range(runs):
            # Start from no sort: s → asc (the measured one), then s, s → desc, off. The
            # sorted page has arrived when its first row (known from SQLite) is on screen.
            sent = browser.send("s")
            shown = browser.wait_for(lambda b: b.ids_on_screen()[:1] == [first], 300,
                                     "sorted first page")
            times.append(ms(shown - sent))
            browser.wait_for(lambda b: not b.is_busy(), 300, "idle after sorting")
            match = re.search(r"(\d+) ms *$", browser.status())
            if match:
                query_ms.append(float(match.group(1)))
            sqlite_times.append(sqlite_first_page(connection, sql))
            ratios.append(times[-1] / sqlite_times[-1])
            plain_times.append(sqlite_first_page(connection, plain_sql))
            browser.send("s")
            browser.wait_for(lambda b: b.ids_on_screen()[:1] == [last] and not b.is_busy(),
                             300, "desc")
            browser.send("s")
            browser.wait_for(lambda b: b.ids_on_screen()[:1] == [1] and not b.is_busy(),
                             300, "off")
            browser.drain(quiet=0.3)
    finally:
        browser.quit()
        connection.close()
    return {
        "browser_ms": summary(times),
        "browser_reported_query_ms": summary(query_ms) if query_ms else None,
        "sqlite_ms": summary(sqlite_times),
        "sqlite_sql": sql,
        "sqlite_without_id_tiebreak_ms": summary(plain_times),
        "ratios": ratios,
        "ratio": statistics.median(ratios),
    }


# -- main ------------------------------------------------------------------------------------

def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "kernel": platform.release(),
        "loadavg_before": os.getloadavg(),
        "sqlite": sqlite3.sqlite_version,
    }


def main():
    sys.setswitchinterval(0.0002)  # let the reader thread take its timestamps promptly
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--sort-column", default="bytes",
                        help="an unindexed column of track (default: bytes)")
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--startup-runs", type=int, default=20)
    parser.add_argument("--last-page-runs", type=int, default=10)
    parser.add_argument("--unindexed-runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--only", default="startup,open,keys,lastpage,memory,sort")
    parser.add_argument("--json")
    args = parser.parse_args()
    only = set(args.only.split(","))

    with sqlite3.connect(f"file:{args.database}?mode=ro", uri=True) as connection:
        indexed = {row[0] for row in connection.execute(
            "SELECT ii.name FROM pragma_index_list('track') AS il "
            "JOIN pragma_index_info(il.name) AS ii WHERE ii.seqno = 0")}
        indexed.add("id")
    results = {"machine": machine(), "page_rows": PAGE_ROWS, "indexed_leading_columns": sorted(indexed)}
    if args.sort_column in indexed:
        sys.exit(f"{args.sort_column} is indexed; choose an unindexed column")

    steps = [
        ("startup", lambda: bench_startup(args.binary, args.database, args.startup_runs)),
        ("open", lambda: bench_open_from_sidebar(args.binary, args.database, 5)),
        ("keys", lambda: bench_keys(args.binary, args.database, args.keys, args.sort_column)),
        ("lastpage", lambda: bench_last_page(args.binary, args.database, args.last_page_runs,
                                             args.unindexed_runs, args.sort_column)),
        ("memory", lambda: bench_paging_memory(args.binary, args.database, args.pages)),
        ("sort", lambda: bench_unindexed_sort(args.binary, args.database, args.sort_column,
                                              args.unindexed_runs)),
    ]
    for name, step in steps:
        if name not in only:
            continue
        print(f"== {name}", file=sys.stderr, flush=True)
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        results[name] = step()
        results[name]["loadavg_1min_before"] = load_before
        results[name]["seconds"] = round(time.perf_counter() - started, 1)
        print(json.dumps(results[name], indent=1, default=str), file=sys.stderr, flush=True)
    results["machine"]["loadavg_after"] = os.getloadavg()
    text = json.dumps(results, indent=1, default=str)
    if args.json:
        with open(args.json, "w") as out:
            out.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
