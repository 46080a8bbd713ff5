#ifndef ARGMAP_CGRAPHVIZ_SHIM_H
#define ARGMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvplugin.h>
#endif
