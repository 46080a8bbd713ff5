import ArgMapGraph
import CGraphviz
