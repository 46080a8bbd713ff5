#ifndef ARGMAP_CGRAPHVIZPLUGINS_H
#define ARGMAP_CGRAPHVIZPLUGINS_H

/// Builds a NULL-terminated Graphviz builtin-plugin table (the layout of `lt_symlist_t`:
/// pairs of `const char *name` and `void *address`) for `gvContextPlugins(table, 0)`.
///
/// The plugins (core, dot_layout, neato_layout, and with `with_cairo` also pango) are
/// loaded with dlopen from the Graphviz plugin directory, so no `config6a` file is read and,
/// without pango, no fontconfig is used: text is measured with Graphviz's built-in metrics.
///
/// Returns NULL if the core or dot_layout plugin (or, with `with_cairo`, the pango plugin)
/// cannot be loaded. The table is cached; the plugins are never unloaded.
/// Not thread-safe: call it under the caller's Graphviz lock.
const void *argmap_gv_builtins(int with_cairo);

/// The same table with the core and dot_layout plugins only: enough for the dot engine, and
/// without neato_layout, whose loading pulls in libgts, GLib and PCRE2 (a few milliseconds of
/// a short run). NULL if they cannot be loaded. Cached; not thread-safe (see above).
const void *argmap_gv_builtins_dot(void);

/// The directory the plugins were loaded from, or NULL if none was found yet.
const char *argmap_gv_plugin_dir(void);

/// 1 if the neato_layout plugin (neato, fdp, sfdp, circo, twopi) was loaded, else 0.
int argmap_gv_has_neato(void);

/// Discards whatever the cgraph DOT scanner still holds from the previous read.
///
/// `agmemread` reads one graph and leaves the rest of its input in the scanner's buffer
/// (Graphviz 2.42): the next `agmemread` then parses that stale text first (a second graph
/// in the previous input is returned instead of the new one) and counts its newlines into the
/// new input's line numbers. Call this (cgraph's `aglexbad`) before every `agmemread`, under
/// the Graphviz lock.
void argmap_gv_reset_scanner(void);

#endif
