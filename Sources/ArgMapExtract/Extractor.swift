import ArgMapGraph
import ArgMapText
