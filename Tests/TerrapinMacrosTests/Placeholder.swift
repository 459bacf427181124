// Replaced by the macro expansion tests (branch `macro`).
