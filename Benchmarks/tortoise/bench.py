"""Tortoise ORM column of the Terrapin benchmarks: the same schema, rows (same generator and
seed as the Swift bench), SQLite settings and workloads, timed the same way (one warm-up run,
then several repetitions, medians), each result verified with the same checksum.

Run it through run.sh, which makes the virtual environment. See ../README.md.
"""

import argparse
import asyncio
import json
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import time

from tortoise import Tortoise, fields
from tortoise.models import Model
from tortoise.transactions import in_transaction

MASK = 0xFFFFFFFFFFFFFFFF
FILTER_AGES = (30, 39)
YOUNG = 25
CONCURRENT = 10

CREATE_TABLE = (
    'CREATE TABLE "user" (id INTEGER PRIMARY KEY, name TEXT, email TEXT, age INTEGER, '
    "score REAL, is_active INTEGER, created_at TEXT)"
)
CREATE_INDEX = 'CREATE INDEX "user_age" ON "user" (age)'


class User(Model):
    """The `user` table, as Terrapin's @Model declares it."""

    id = fields.IntField(primary_key=True)
    name = fields.TextField()
    email = fields.TextField()
    age = fields.IntField(db_index=True)
    score = fields.FloatField()
    is_active = fields.BooleanField()
    created_at = fields.TextField()

    class Meta:
        table = "user"


# --- data: the Swift bench's DataSet, byte for byte ---------------------------------------


class SplitMix64:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


def generate(count, lookups):
    """Rows as tuples (id, name, email, age, score, is_active, created_at), and lookup keys."""
    random = SplitMix64(42)
    first = ["ada", "bob", "cleo", "dan", "eve", "finn", "gus", "hana", "ivo", "jun"]
    last = ["smith", "ng", "garcia", "okafor", "meyer", "rossi", "kim", "silva"]
    users = []
    for id in range(1, count + 1):
        given = first[random.next() % len(first)]
        family = last[random.next() % len(last)]
        name = f"{given} {family} {random.next() % 100_000}-{id}"
        month = 1 + random.next() % 12
        day = 1 + random.next() % 28
        seconds = random.next() % 86_400
        age = 18 + random.next() % 63
        score = (random.next() % 1_000_000) / 100
        is_active = random.next() % 10 < 7
        created_at = (
            f"2024-{month:02d}-{day:02d} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:"
            f"{seconds % 60:02d}"
        )
        users.append(
            (id, name, f"{given}.{family}.{id}@example.com", age, score, is_active, created_at)
        )
    keys = [1 + random.next() % count for _ in range(lookups)]
    return users, keys


# --- checksum: the Swift bench's Checksum ---------------------------------------------------


class Checksum:
    def __init__(self):
        self.value = 0xCBF29CE484222325
        self.rows = 0

    def _bytes(self, data):
        value = self.value
        for byte in data:
            value = ((value ^ byte) * 0x100000001B3) & MASK
        self.value = value

    def add_row(self, row):
        id, name, email, age, score, is_active, created_at = row
        self.rows += 1
        self._bytes((id & MASK).to_bytes(8, "little"))
        self._bytes(name.encode() + b"\xff")
        self._bytes(email.encode() + b"\xff")
        self._bytes((age & MASK).to_bytes(8, "little"))
        self._bytes(struct.pack("<d", score))
        self._bytes(b"\x01" if is_active else b"\x00")
        self._bytes(created_at.encode() + b"\xff")

    def add(self, other):
        self.rows += other.rows
        self._bytes(other.value.to_bytes(8, "little"))

    def __eq__(self, other):
        return (self.value, self.rows) == (other.value, other.rows)

    def __repr__(self):
        return f"{self.rows} rows #{self.value:x}"

    @staticmethod
    def of(rows):
        checksum = Checksum()
        for row in rows:
            checksum.add_row(row)
        return checksum


def as_row(user):
    return (
        user.id, user.name, user.email, user.age, user.score, bool(user.is_active),
        user.created_at,
    )


def as_rows(users):
    return [as_row(user) for user in users]


# --- workloads ---------------------------------------------------------------------------


async def connect(path):
    # Tortoise's SQLite client sets journal_mode=WAL and foreign_keys=ON itself; URL options
    # become PRAGMAs, which gives the same synchronous=NORMAL as the other implementations.
    await Tortoise.init(
        db_url=f"sqlite://{path}?synchronous=NORMAL", modules={"models": ["__main__"]}
    )
    connection = Tortoise.get_connection("default")
    _, rows = await connection.execute_query("PRAGMA synchronous")
    assert rows[0][0] == 1, f"synchronous is {rows[0][0]}, expected 1 (NORMAL)"
    return connection


async def fresh_database(directory, stem):
    path = os.path.join(directory, f"{stem}-{time.monotonic_ns()}.db")
    connection = await connect(path)
    await connection.execute_script(CREATE_TABLE + ";" + CREATE_INDEX)
    return path


def table_checksum(path):
    """Reads the table back with the sqlite3 module (untimed), to verify an insert."""
    import sqlite3

    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT id, name, email, age, score, is_active, created_at FROM user"
        ).fetchall()
    return Checksum.of((r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in rows)


def remove(path):
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


async def insert_bulk(directory, users):
    path = await fresh_database(directory, "bulk")
    models = [User(name=u[1], email=u[2], age=u[3], score=u[4], is_active=u[5], created_at=u[6])
              for u in users]
    start = time.perf_counter()
    async with in_transaction():
        await User.bulk_create(models)
    elapsed = time.perf_counter() - start
    await Tortoise.close_connections()
    checksum = table_checksum(path)
    remove(path)
    return elapsed, checksum


async def insert_create(directory, users):
    path = await fresh_database(directory, "create")
    start = time.perf_counter()
    async with in_transaction():
        for u in users:
            await User.create(
                name=u[1], email=u[2], age=u[3], score=u[4], is_active=u[5], created_at=u[6]
            )
    elapsed = time.perf_counter() - start
    await Tortoise.close_connections()
    checksum = table_checksum(path)
    remove(path)
    return elapsed, checksum


async def timed(coroutine_function, convert):
    """Times the query alone; converting to tuples and the checksum happen after."""
    start = time.perf_counter()
    result = await coroutine_function()
    elapsed = time.perf_counter() - start
    return elapsed, Checksum.of(convert(result))


def values_rows(rows):
    return [(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in rows]


FIELDS = ("id", "name", "email", "age", "score", "is_active", "created_at")


def filtered():
    return User.filter(age__range=FILTER_AGES, is_active=True).order_by("name")


def young():
    # The index's order (age, then id), which is what SQLite returns for `age < 25`.
    return User.filter(age__lt=YOUNG)


async def look_up(keys):
    return [await User.get(id=key) for key in keys]


async def concurrent():
    return await asyncio.gather(*(young().all() for _ in range(CONCURRENT)))


async def sequential():
    return [await young().all() for _ in range(CONCURRENT)]


def fold(results):
    checksum = Checksum()
    for rows in results:
        checksum.add(Checksum.of(as_rows(rows)))
    return checksum


async def measure(name, run, expected, repetitions, log):
    """One warm-up run, then `repetitions` timed runs; every checksum must match."""
    times = []
    verified = True
    for repetition in range(repetitions + 1):
        elapsed, checksum = await run()
        verified = verified and checksum == expected
        if repetition == 0:
            log(f"  warm-up {name}: {elapsed * 1000:.1f} ms, {checksum}")
        else:
            times.append(elapsed)
    if not verified:
        log(f"  {name}: checksum MISMATCH (expected {expected})")
    return {"median": statistics.median(times), "min": min(times), "verified": verified}


def memory_child(path, rows):
    """Child process: fetch all rows (or one) as models and print VmHWM in kB."""

    async def main():
        await connect(path)
        users = await (User.all() if rows == "all" else User.all().limit(1))
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    print("VmHWM", int(line.split()[1]), "rows", len(users))
        await Tortoise.close_connections()

    asyncio.run(main())


def memory(path, repetitions):
    def child(rows):
        samples = []
        for _ in range(repetitions):
            output = subprocess.run(
                [sys.executable, __file__, "--memory-child", rows, "--database", path],
                check=True, capture_output=True, text=True,
            ).stdout
            samples.append(int(output.split()[1]))
        return statistics.median(samples)

    all_rows, one_row = child("all"), child("one")
    return {"all_kb": all_rows, "one_kb": one_row, "delta_kb": all_rows - one_row}


async def run(arguments, log):
    users, keys = generate(arguments.rows, arguments.lookups)
    expected_all = Checksum.of(users)
    expected_filter = Checksum.of(
        sorted(
            (u for u in users if FILTER_AGES[0] <= u[3] <= FILTER_AGES[1] and u[5]),
            key=lambda u: u[1].encode(),
        )
    )
    young_rows = sorted((u for u in users if u[3] < YOUNG), key=lambda u: (u[3], u[0]))
    expected_concurrent = Checksum()
    one = Checksum.of(young_rows)
    for _ in range(CONCURRENT):
        expected_concurrent.add(one)
    expected_lookups = Checksum.of(users[key - 1] for key in keys)

    directory = tempfile.mkdtemp(prefix="tortoise-bench-")
    results = {}
    reps = arguments.reps
    only = set(arguments.only.split(",")) if arguments.only else None

    def runs(workload):
        return only is None or workload in only

    if runs("insert"):
        log("insert")
        results["insert/Tortoise bulk_create"] = await measure(
            "insert bulk_create", lambda: insert_bulk(directory, users), expected_all, reps, log)
        results["insert/Tortoise create in transaction"] = await measure(
            "insert create", lambda: insert_create(directory, users), expected_all,
            arguments.slow_reps, log)

    # The read workloads share one file, filled with the sqlite3 module (untimed).
    import sqlite3

    path = os.path.join(directory, "read.db")
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute(CREATE_TABLE)
        db.execute(CREATE_INDEX)
        db.executemany(
            "INSERT INTO user (id, name, email, age, score, is_active, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            users,
        )
    await connect(path)

    if runs("fetch_all"):
        log("fetch_all")
        results["fetch_all/Tortoise model"] = await measure(
            "fetch_all model", lambda: timed(User.all, as_rows), expected_all, reps, log)
        results["fetch_all/Tortoise values_list"] = await measure(
            "fetch_all values_list", lambda: timed(lambda: User.all().values_list(*FIELDS),
                                                   values_rows),
            expected_all, reps, log)
    if runs("filter"):
        log("filter")
        results["filter/Tortoise model"] = await measure(
            "filter model", lambda: timed(lambda: filtered().all(), as_rows), expected_filter,
            reps, log)
        results["filter/Tortoise values_list"] = await measure(
            "filter values_list",
            lambda: timed(lambda: filtered().values_list(*FIELDS), values_rows),
            expected_filter, reps, log)
    if runs("get_by_pk"):
        log("get_by_pk")
        results["get_by_pk/Tortoise get"] = await measure(
            "get_by_pk", lambda: timed(lambda: look_up(keys), as_rows), expected_lookups,
            reps, log)
    if runs("concurrent"):
        log("concurrent")
        results["concurrent/Tortoise gather"] = await measure_fold(
            "concurrent", concurrent, expected_concurrent, reps, log)
        results["sequential/Tortoise one by one"] = await measure_fold(
            "sequential", sequential, expected_concurrent, reps, log)
    await Tortoise.close_connections()
    if runs("memory"):
        log("memory")
        results["memory/Tortoise model"] = memory(path, arguments.memory_reps)
    remove(path)
    os.rmdir(directory)
    return results


async def measure_fold(name, function, expected, repetitions, log):
    async def run():
        start = time.perf_counter()
        results = await function()
        elapsed = time.perf_counter() - start
        return elapsed, fold(results)

    return await measure(name, run, expected, repetitions, log)


def report(results, swift_results_path, arguments):
    """Prints the Tortoise column, with ratios to the raw C medians of the latest Swift run
    when its results file exists (same machine, different process)."""
    raw = {}
    if swift_results_path and os.path.exists(swift_results_path):
        with open(swift_results_path) as file:
            swift = json.load(file)
        raw = swift.get("baselines", {})
    print("## Tortoise ORM column\n")
    import tortoise

    print(
        f"tortoise-orm {tortoise.__version__}, Python {sys.version.split()[0]}, SQLite "
        f"{__import__('sqlite3').sqlite_version}, N = {arguments.rows} rows, "
        f"{arguments.reps} repetitions (create in transaction: {arguments.slow_reps}), "
        f"load average {os.getloadavg()[0]:.1f} at the end; ratios are to the raw C medians "
        f"of the latest Swift run{'' if raw else ' (none found)'}.\n"
    )
    print("| workload | implementation | median ms | min ms | vs raw C | data |")
    print("|---|---|---:|---:|---:|---|")
    for key, result in results.items():
        workload, implementation = key.split("/", 1)
        if workload == "memory":
            continue
        base = raw.get(workload)
        ratio = f"{result['median'] / base:.2f}x" if base else "-"
        print(
            f"| {workload} | {implementation} | {result['median'] * 1000:.1f} | "
            f"{result['min'] * 1000:.1f} | {ratio} | "
            f"{'ok' if result['verified'] else 'MISMATCH'} |"
        )
    if "concurrent/Tortoise gather" in results:
        c = results["concurrent/Tortoise gather"]["median"]
        s = results["sequential/Tortoise one by one"]["median"]
        print(f"\nconcurrent speed-up (sequential / gather): {s / c:.2f}x")
    if "memory/Tortoise model" in results:
        m = results["memory/Tortoise model"]
        base = raw.get("memory")
        ratio = f"{m['delta_kb'] / base:.2f}x raw C" if base else ""
        print(
            f"\nmemory: peak RSS all rows {m['all_kb'] / 1024:.1f} MiB, one row "
            f"{m['one_kb'] / 1024:.1f} MiB, difference {m['delta_kb'] / 1024:.1f} MiB {ratio}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--lookups", type=int, default=20_000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--slow-reps", type=int, default=1,
                        help="repetitions of the (slow) create-in-transaction insert")
    parser.add_argument("--memory-reps", type=int, default=3)
    parser.add_argument("--only", default="")
    parser.add_argument("--swift-results", default="")
    parser.add_argument("--json", default="")
    parser.add_argument("--memory-child", default="")
    parser.add_argument("--database", default="")
    arguments = parser.parse_args()
    if arguments.memory_child:
        memory_child(arguments.database, arguments.memory_child)
        return

    def log(message):
        print(message, file=sys.stderr, flush=True)

    async def run_and_close():
        try:
            return await run(arguments, log)
        finally:
            # aiosqlite's thread keeps the process alive until its connection is closed.
            await Tortoise.close_connections()

    results = asyncio.run(run_and_close())
    report(results, arguments.swift_results, arguments)
    if arguments.json:
        with open(arguments.json, "w") as file:
            json.dump(results, file, indent=2)
    if not all(r.get("verified", True) for r in results.values()):
        sys.exit(2)


if __name__ == "__main__":
    main()
