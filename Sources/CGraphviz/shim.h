/*
 * CGraphviz: the Graphviz C library (libgvc, libcgraph, libcdt) as a Swift module.
 *
 * Headers and libraries come from pkg-config `libgvc` (Debian: libgraphviz-dev):
 * -I/usr/include/graphviz -lgvc -lcgraph -lcdt. Only the KlyngeRender target imports
 * this module; everything else goes through its Swift API.
 *
 * A systemLibrary target cannot hold .c files, so the shim is `static inline`
 * functions in this header, compiled into the importing Swift module.
 *
 * Graphviz is NOT thread-safe (cgraph(3)); every function here must be called
 * while holding KlyngeRender's single Graphviz lock.
 *
 * BUILD NOTE: SwiftPM does not track this header as a dependency of the Swift
 * files that import it; after editing it, `touch Sources/KlyngeRender/Graphviz/*.swift`
 * or the build keeps the old inline functions.
 */
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>     /* pulls in cgraph.h, cdt.h, types.h */
#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>

/* ---- Strings ------------------------------------------------------------
 * cgraph takes `char *` (non-const) for names and attribute values, which Swift
 * will not bridge from String. cgraph copies every string it is given
 * (agstrdup), so casting const away is safe. */

/* agget with a const name; NULL when the attribute is not declared. */
static inline const char *cgv_get(void *obj, const char *name) {
    return agget(obj, (char *)name);
}

/* Sets an attribute on a graph, node or edge, declaring it (default "") if new. */
static inline int cgv_set(void *obj, const char *name, const char *value) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

/* ---- Plugin lists -------------------------------------------------------
 * gvPluginList returns a malloc'd array of malloc'd strings (the caller frees
 * both); `kind` is "layout", "render", "device", "textlayout" or "loadimage". */

static inline void cgv_free_plugin_list(char **list, int count) {
    if (list == NULL) return;
    for (int i = 0; i < count; i++) free(list[i]);
    free(list);
}

/* ---- Error capture ------------------------------------------------------
 * Graphviz reports problems through agerr(), which prints to stderr unless a
 * user function is installed with agseterrf(). That function is a plain C
 * function pointer and gets the message in pieces ("Error", ": ",
 * "syntax error in line 1 near ';'\n"); a Swift closure passed as
 * @convention(c) cannot capture a buffer, so the pieces are appended to a
 * static buffer here.
 *
 * CAUTION: `static` storage in a header exists once per compiled object that
 * uses it, so KlyngeRender calls the cgv_errors_* functions from ONE Swift
 * file only (GraphvizDiagnostics.swift); the buffer is touched only under the
 * Graphviz lock. Text beyond the buffer size is dropped (marked with "...").
 */

enum { CGV_ERRORS_CAPACITY = 8192 };

typedef struct {
    size_t length;
    int truncated;
    char text[CGV_ERRORS_CAPACITY];
} cgv_errors_t;

/* The buffer. A function-local static, because Swift's Clang importer does not
 * emit definitions of file-scope static variables (link error), but does emit
 * the body, statics included, of a static inline function it calls. */
static inline cgv_errors_t *cgv_errors_state(void) {
    static cgv_errors_t state;
    return &state;
}

static inline int cgv_errors_collect(char *piece) {
    cgv_errors_t *e = cgv_errors_state();
    if (piece == NULL) return 0;
    size_t n = strlen(piece);
    size_t room = CGV_ERRORS_CAPACITY - 1 - e->length;
    if (n > room) { n = room; e->truncated = 1; }
    memcpy(e->text + e->length, piece, n);
    e->length += n;
    e->text[e->length] = '\0';
    return 0;
}

/* ---- Lexer reset ------------------------------------------------------------
 *
 * agmemread() parses the first graph of its text and leaves whatever followed it
 * (a final newline, say) in the global flex buffer; the next agmemread() reads
 * that first, so its syntax errors name a line too far. aglexbad() flushes the
 * buffer (YY_FLUSH_BUFFER; a no-op before the first parse). libcgraph exports it
 * (nm -D libcgraph.so: "T aglexbad", Graphviz 2.43) but declares it only in its
 * internal cghdr.h, hence the declaration here. Call under the Graphviz lock.
 */
extern void aglexbad(void);

static inline void cgv_lexer_reset(void) { aglexbad(); }

/* Routes agerr() (errors and warnings) into the buffer instead of stderr. */
static inline void cgv_errors_install(void) {
    agseterrf(cgv_errors_collect);
    agseterr(AGWARN);
}

/* Empties the buffer (call before each Graphviz operation). */
static inline void cgv_errors_clear(void) {
    cgv_errors_t *e = cgv_errors_state();
    e->length = 0;
    e->truncated = 0;
    e->text[0] = '\0';
    agreseterrors();
}

/* The text collected since the last clear (NUL-terminated, may be empty). */
static inline const char *cgv_errors_text(void) { return cgv_errors_state()->text; }

/* Nonzero if some text did not fit into the buffer. */
static inline int cgv_errors_were_truncated(void) { return cgv_errors_state()->truncated; }

/* Writes the collected text to stderr, where agerr() would have put it. */
static inline void cgv_errors_forward_to_stderr(void) {
    cgv_errors_t *e = cgv_errors_state();
    if (e->length == 0) return;
    fputs(e->text, stderr);
    if (e->text[e->length - 1] != '\n') fputc('\n', stderr);
}

/* ---- Deterministic subgraph IDs -------------------------------------------
 * cgraph's default ID discipline (AgIdDisc) uses the ADDRESS of a named
 * object's interned name string as its ID. Subgraphs (clusters) are kept in
 * ID order, so their order -- and with it dot's layout and the order of
 * cluster <g> blocks in SVG -- depends on where malloc put the names, which
 * differs between two parses of the same text in one process.
 *
 * This discipline differs from AgIdDisc only for NAMED SUBGRAPHS (and the
 * root graph's name): each distinct name gets the next even ID 2, 4, 6, ...
 * of its root graph, in the order names first appear, and keeps it for the
 * root graph's lifetime. The same name always maps to the same ID, as with
 * AgIdDisc (engines such as neato create same-named subgraphs under other
 * parents and close them again; that must not disturb the original). Named
 * nodes and edges keep AgIdDisc's address IDs (giving them counter IDs was
 * measured to make sfdp, neato and twopi vary between processes); anonymous
 * objects get odd IDs 1, 3, 5, ... counted per root graph.
 *
 * cgv_install_sequential_ids() copies these functions into the library's
 * default AgIdDisc, so graphs that layout engines create internally get them
 * too. It must run before the first graph is created in the process and never
 * be undone: a graph created under one discipline must be closed under the
 * same one. */

typedef struct {
    Agraph_t *root;
    IDTYPE next_anonymous;   /* odd */
    char **names;            /* subgraph names by index (ID = 2 * (index + 1)), interned */
    size_t count, capacity;
    size_t *slots;           /* hash table of index + 1 (0 = empty) */
    size_t slot_count;       /* power of two, > 2 * count */
} cgv_ids_t;

static inline size_t cgv_ids_hash(const char *s) {
    size_t h = (size_t)1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * (size_t)1099511628211ULL;
    return h;
}

/* The slot holding `name`, or the empty slot where it would go. */
static inline size_t *cgv_ids_slot(cgv_ids_t *s, const char *name) {
    size_t mask = s->slot_count - 1;
    for (size_t i = cgv_ids_hash(name) & mask;; i = (i + 1) & mask) {
        size_t *slot = &s->slots[i];
        if (*slot == 0 || strcmp(s->names[*slot - 1], name) == 0) return slot;
    }
}

static inline int cgv_ids_grow(cgv_ids_t *s) {
    if (s->count == s->capacity) {
        size_t capacity = s->capacity ? 2 * s->capacity : 16;
        char **names = (char **)realloc(s->names, capacity * sizeof(char *));
        if (names == NULL) return 0;
        s->names = names;
        s->capacity = capacity;
    }
    if (2 * (s->count + 1) >= s->slot_count) {
        size_t slot_count = s->slot_count ? 2 * s->slot_count : 64;
        size_t *slots = (size_t *)calloc(slot_count, sizeof(size_t));
        if (slots == NULL) return 0;
        free(s->slots);
        s->slots = slots;
        s->slot_count = slot_count;
        for (size_t i = 0; i < s->count; i++) *cgv_ids_slot(s, s->names[i]) = i + 1;
    }
    return 1;
}

static inline void *cgv_ids_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    cgv_ids_t *state = (cgv_ids_t *)calloc(1, sizeof(cgv_ids_t));
    if (state != NULL) { state->root = g; state->next_anonymous = 1; }
    return state;
}

static inline long cgv_ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    cgv_ids_t *s = (cgv_ids_t *)state;
    if (s == NULL) return 0;
    if (str == NULL) {
        *id = s->next_anonymous;
        s->next_anonymous += 2;
        return 1;
    }
    if (objtype != AGRAPH) {   /* as AgIdDisc: the interned name's address */
        char *interned = createflag ? agstrdup(s->root, str) : agstrbind(s->root, str);
        *id = (IDTYPE)(uintptr_t)interned;
        return 1;
    }
    if (s->slot_count > 0) {
        size_t *slot = cgv_ids_slot(s, str);
        if (*slot != 0) { *id = 2 * (IDTYPE)*slot; return 1; }
    }
    if (!createflag || !cgv_ids_grow(s)) return 0;
    /* Interned in the graph's string pool (refstr), like AgIdDisc's names:
     * agwrite asks aghtmlstr() about a name, which reads the refstr header. */
    char *interned = agstrdup(s->root, str);
    if (interned == NULL) return 0;
    s->names[s->count++] = interned;
    *cgv_ids_slot(s, interned) = s->count;
    *id = 2 * (IDTYPE)s->count;
    return 1;
}

static inline long cgv_ids_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;   /* like AgIdDisc: callers cannot choose IDs */
}

static inline void cgv_ids_free(void *state, int objtype, IDTYPE id) {
    cgv_ids_t *s = (cgv_ids_t *)state;
    /* subgraph names stay mapped until the root graph closes */
    if (s != NULL && objtype != AGRAPH && id % 2 == 0) agstrfree(s->root, (char *)(uintptr_t)id);
}

static inline char *cgv_ids_print(void *state, int objtype, IDTYPE id) {
    cgv_ids_t *s = (cgv_ids_t *)state;
    if (id % 2 != 0) return NULL;   /* anonymous */
    if (objtype != AGRAPH) return (char *)(uintptr_t)id;
    if (s == NULL || id / 2 == 0 || id / 2 > s->count) return NULL;
    return s->names[id / 2 - 1];
}

static inline void cgv_ids_close(void *state) {
    cgv_ids_t *s = (cgv_ids_t *)state;
    if (s == NULL) return;
    /* The names belong to the graph's string pool, which agclose drops whole. */
    free(s->names);
    free(s->slots);
    free(s);
}

static inline void cgv_ids_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

/* Makes AgIdDisc the discipline above. Idempotent. */
static inline void cgv_install_sequential_ids(void) {
    AgIdDisc.open = cgv_ids_open;
    AgIdDisc.map = cgv_ids_map;
    AgIdDisc.alloc = cgv_ids_alloc;
    AgIdDisc.free = cgv_ids_free;
    AgIdDisc.print = cgv_ids_print;
    AgIdDisc.close = cgv_ids_close;
    AgIdDisc.idregister = cgv_ids_register;
}

/* ---- Address-ordered nodes -----------------------------------------------
 * fdp compares node ADDRESSES: its derived graph orients each edge from the
 * lower to the higher node address (`if (hd > tl)` in fdpgen/layout.c), which
 * changes the order forces are summed in, and the layout drifts apart from
 * there. With malloc, where a graph's nodes land depends on what earlier
 * graphs freed, so fdp gave a different layout for every render of the same
 * graph (even the first render differed between processes).
 *
 * This memory discipline places NODE records (allocations of exactly
 * sizeof(Agnode_t)) of each root graph in a bump arena inside one reserved
 * range of virtual memory (mmap MAP_NORESERVE: pages cost nothing until
 * touched), so a node created later lies at a higher address: address order
 * is creation order. Everything else goes to the library's own allocator
 * unchanged. Only node records are redirected because cgraph frees some
 * agalloc'd memory with plain free() (cdt dictionary memory, via
 * agdictobjmem), which would abort on arena memory; those blocks have other
 * sizes (40-byte Dtdata_t, power-of-two hash tables), and node records are
 * only ever released through the discipline (agdelnode, agclose).
 *
 * A freed node record is reused only if it was the latest one; the range is
 * unmapped when the graph is closed. If the range cannot be reserved (strict
 * overcommit, an address-space limit) or runs full, nodes come from the
 * library's allocator: still correct, no longer address-ordered.
 * Memory handed out is zeroed, like AgMemDisc's. */

/* 256 MiB of address space per root graph: about 2.5 million nodes. */
#define CGV_ARENA_RESERVE ((size_t)256 << 20)
#define CGV_ARENA_SLOT (((sizeof(Agnode_t) + 15) / 16) * 16)

typedef struct {
    char *base;    /* NULL: reservation failed */
    char *top;     /* next free byte */
    char *last;    /* the most recent node record, or NULL */
    char *end;
    void *fallback_state;   /* the default discipline's state (NULL in 2.43) */
    void *first;   /* the first allocation: the graph's Agclos_t */
} cgv_arena_t;

/* The library's AgMemDisc functions, saved before they are replaced. */
static inline Agmemdisc_t *cgv_mem_defaults(void) {
    static Agmemdisc_t defaults;
    return &defaults;
}

static inline void *cgv_arena_open(Agdisc_t *disc) {
    cgv_arena_t *a = (cgv_arena_t *)calloc(1, sizeof(cgv_arena_t));
    if (a == NULL) return NULL;
    if (cgv_mem_defaults()->open != NULL) a->fallback_state = cgv_mem_defaults()->open(disc);
    void *p = mmap(NULL, CGV_ARENA_RESERVE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p != MAP_FAILED) {
        a->base = a->top = (char *)p;
        a->end = a->base + CGV_ARENA_RESERVE;
    }
    return a;
}

static inline int cgv_arena_owns(const cgv_arena_t *a, const void *ptr) {
    return a->base != NULL && (const char *)ptr >= a->base && (const char *)ptr < a->end;
}

static inline void *cgv_arena_alloc(void *state, size_t req) {
    cgv_arena_t *a = (cgv_arena_t *)state;
    void *p;
    if (req == sizeof(Agnode_t) && a->base != NULL
        && CGV_ARENA_SLOT <= (size_t)(a->end - a->top)) {
        p = a->top;
        a->top += CGV_ARENA_SLOT;
        a->last = (char *)p;
        memset(p, 0, CGV_ARENA_SLOT);   /* a reused slot may hold old data */
    } else {
        p = cgv_mem_defaults()->alloc(a->fallback_state, req);
    }
    if (a->first == NULL) a->first = p;
    return p;
}

/* Unmaps the arena and frees the state. */
static inline void cgv_arena_release(cgv_arena_t *a) {
    if (a->base != NULL) munmap(a->base, CGV_ARENA_RESERVE);
    free(a);
}

/* agclose of a root graph (AgMemDisc.close being NULL, as in the library's
 * own discipline) frees every object through this function and the graph's
 * Agclos_t last of all; Agclos_t was the first allocation (agopen's agclos()),
 * so its release is the moment to give the arena back. */
static inline void cgv_arena_free(void *state, void *ptr) {
    cgv_arena_t *a = (cgv_arena_t *)state;
    if (ptr == NULL) return;
    int closing = (ptr == a->first);
    if (cgv_arena_owns(a, ptr)) {
        if ((char *)ptr == a->last) { a->top = a->last; a->last = NULL; }
    } else {
        cgv_mem_defaults()->free(a->fallback_state, ptr);
    }
    if (closing) cgv_arena_release(a);
}

static inline void *cgv_arena_resize(void *state, void *ptr, size_t old, size_t req) {
    cgv_arena_t *a = (cgv_arena_t *)state;
    if (ptr == NULL || !cgv_arena_owns(a, ptr))
        return cgv_mem_defaults()->resize(a->fallback_state, ptr, old, req);
    /* never done by cgraph to a node record; handled for completeness */
    void *p = cgv_mem_defaults()->alloc(a->fallback_state, req);
    if (p != NULL) memcpy(p, ptr, old < req ? old : req);
    if ((char *)ptr == a->last) { a->top = a->last; a->last = NULL; }
    return p;
}

/* Makes AgMemDisc the discipline above (once; later calls do nothing).
 * Does nothing if the library's discipline has a close function (a heap that
 * agclose drops wholesale without freeing objects one by one): then the
 * arena's lifetime could not be tied to the graph's. */
static inline void cgv_install_ordered_nodes(void) {
    static int installed = 0;
    if (installed) return;
    installed = 1;
    if (AgMemDisc.close != NULL) return;
    *cgv_mem_defaults() = AgMemDisc;
    AgMemDisc.open = cgv_arena_open;
    AgMemDisc.alloc = cgv_arena_alloc;
    AgMemDisc.resize = cgv_arena_resize;
    AgMemDisc.free = cgv_arena_free;
}

/* ---- Random number state ---------------------------------------------------
 * sfdp's layout depended on what earlier layouts in the process left in the C
 * library's rand() generator (measured: the first render in a process differed
 * from all later ones; srand(1) before each layout fixes it). fdp and neato
 * seed srand48 themselves from `start` (default 1) but also draw from rand()
 * in places. Resetting both generators to the state of a fresh process before
 * each layout makes every render equal to the first one in a new process. */
static inline void cgv_reset_random(void) {
    srand(1);
    srand48(1);
}

#endif
