@_exported import ArgMapGraph
@_exported import ArgMapText
@_exported import ArgMapExtract
@_exported import ArgMapRender
@_exported import ArgMapDiff
