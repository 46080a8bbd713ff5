#include "CGraphvizPlugins.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>

typedef struct {
    const char *name;
    void *address;
} argmap_symlist_t;

static const char *const plugin_dirs[] = {
#if defined(__x86_64__)
    "/usr/lib/x86_64-linux-gnu/graphviz",
#elif defined(__aarch64__)
    "/usr/lib/aarch64-linux-gnu/graphviz",
#endif
    "/usr/lib/x86_64-linux-gnu/graphviz",
    "/usr/lib/aarch64-linux-gnu/graphviz",
    "/usr/lib64/graphviz",
    "/usr/lib/graphviz",
    "/usr/local/lib/graphviz",
    "/opt/homebrew/lib/graphviz",
    NULL,
};

static const char *const suffixes[] = { ".so.6", ".so", ".6.dylib", ".dylib", NULL };

static const char *found_dir = NULL;
static int has_neato = 0;

/// dlopens libgvplugin_<name> from `dir` and returns its `gvplugin_<name>_LTX_library`.
static void *load_library(const char *dir, const char *name) {
    char path[512];
    char sym[128];
    for (int i = 0; suffixes[i]; i++) {
        snprintf(path, sizeof path, "%s/libgvplugin_%s%s", dir, name, suffixes[i]);
        // Lazy binding: only the functions a render calls get resolved.
        void *h = dlopen(path, RTLD_LAZY | RTLD_LOCAL);
        if (!h) continue;
        snprintf(sym, sizeof sym, "gvplugin_%s_LTX_library", name);
        void *lib = dlsym(h, sym);
        if (lib) return lib;
        dlclose(h);
    }
    return NULL;
}

static argmap_symlist_t dot_table[3];
static argmap_symlist_t plain_table[5];
static argmap_symlist_t cairo_table[6];
static int dot_state = 0; /* 0 untried, 1 ok, -1 failed */
static int plain_state = 0;
static int cairo_state = 0;
static void *core_lib, *dot_lib, *neato_lib, *pango_lib;

/* core and dot_layout: all the dot engine needs. */
static int load_dot(void) {
    if (dot_state) return dot_state;
    dot_state = -1;
    for (int i = 0; plugin_dirs[i]; i++) {
        core_lib = load_library(plugin_dirs[i], "core");
        if (!core_lib) continue;
        dot_lib = load_library(plugin_dirs[i], "dot_layout");
        if (!dot_lib) continue;
        found_dir = plugin_dirs[i];
        dot_table[0] = (argmap_symlist_t){ "gvplugin_core_LTX_library", core_lib };
        dot_table[1] = (argmap_symlist_t){ "gvplugin_dot_layout_LTX_library", dot_lib };
        dot_table[2] = (argmap_symlist_t){ NULL, NULL };
        dot_state = 1;
        break;
    }
    return dot_state;
}

/* Also neato_layout (which pulls in libgts, GLib and PCRE2: loaded only when asked for). */
static int load_base(void) {
    if (plain_state) return plain_state;
    plain_state = -1;
    if (load_dot() < 0) return plain_state;
    neato_lib = load_library(found_dir, "neato_layout");
    int n = 0;
    plain_table[n++] = dot_table[0];
    plain_table[n++] = dot_table[1];
    if (neato_lib) {
        plain_table[n++] = (argmap_symlist_t){ "gvplugin_neato_layout_LTX_library", neato_lib };
        has_neato = 1;
    }
    plain_table[n] = (argmap_symlist_t){ NULL, NULL };
    plain_state = 1;
    return plain_state;
}

const void *argmap_gv_builtins_dot(void) {
    return load_dot() > 0 ? dot_table : NULL;
}

const void *argmap_gv_builtins(int with_cairo) {
    if (load_base() < 0) return NULL;
    if (!with_cairo) return plain_table;
    if (!cairo_state) {
        cairo_state = -1;
        pango_lib = load_library(found_dir, "pango");
        if (pango_lib) {
            int n = 0;
            for (; plain_table[n].name; n++) cairo_table[n] = plain_table[n];
            cairo_table[n++] = (argmap_symlist_t){ "gvplugin_pango_LTX_library", pango_lib };
            cairo_table[n] = (argmap_symlist_t){ NULL, NULL };
            cairo_state = 1;
        }
    }
    return cairo_state > 0 ? cairo_table : NULL;
}

const char *argmap_gv_plugin_dir(void) { return found_dir; }

int argmap_gv_has_neato(void) { return has_neato; }

/* Exported by libcgraph (scan.l) but not declared in its public headers. */
extern void aglexbad(void);

void argmap_gv_reset_scanner(void) { aglexbad(); }
