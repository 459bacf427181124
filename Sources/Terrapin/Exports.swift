@_exported import TerrapinCore
