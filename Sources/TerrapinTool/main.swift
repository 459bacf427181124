// The `terrapin` program. Everything it does lives in TerrapinCommandLine, where tests can
// reach it; this target only exists to name the binary `terrapin` without a module called
// `terrapin`, which would clash with the `Terrapin` library on case-insensitive file systems.
import TerrapinCommandLine

await TerrapinCommand.runMain()
