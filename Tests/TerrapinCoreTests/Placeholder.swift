// Replaced by core tests.
