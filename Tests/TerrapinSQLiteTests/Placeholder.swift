// Replaced by the SQLite driver tests.
