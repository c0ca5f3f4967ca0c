#!/usr/bin/env python3
"""Converged PageRank and eigenvector centrality references for KlyngeGraph's defaults.

Run from the repository root, with NetworkX 3.6.1, SciPy and python-igraph installed
(for example in a venv: pip install networkx==3.6.1 scipy igraph):

    python Tests/KlyngeGraphTests/Fixtures/converged/make_converged_fixtures.py [NAME ...]

(with names, only those fixtures are rewritten; ARPACK's start vector is random, so a rerun moves
the igraph and numpy columns by ~1e-16 and rewrites every file).

Klynge iterates PageRank and eigenvector centrality to the fixed point by default (issue 16);
these are the values it must reach, from two independent solvers:

  * NetworkX at tol=1e-15 (max_iter 100,000): tighter than the 1e-12 the issue names, because
    NetworkX stops when the L1 change of a step is below n * tol, and on slowly converging graphs
    (grid40's eigenvector: contraction 0.995 a step) tol=1e-13 left the reference 1e-11 from the
    fixed point;
  * igraph: PageRank by PRPACK (a direct solver), eigenvector centrality by ARPACK, rescaled to
    unit Euclidean norm as NetworkX scales it; and NetworkX's eigenvector_centrality_numpy
    (ARPACK through SciPy) where the leading eigenvalue is simple.

Graphs: every edge list of the NetworkX fixtures one folder up (NAME.edges, made by
make_fixtures.py), plus three cluster-shaped graphs written here: a relaxed caveman graph
(12 groups of 9, rewiring 0.1) and two stochastic block models with weak ties between blocks,
one with integer weights. NetworkX's default eigenvector centrality (100 steps, tol 1e-6) fails
on the caveman graph; each fixture records whether it converges under
"networkx_default_converges".

An oracle is left out (null, with the reason under "errors") where it does not define the same
quantity: igraph's PageRank spreads dangling nodes' mass uniformly, not by the personalisation,
so igraph's personalised PageRank is kept only for graphs without dangling nodes; the eigenvector
references only where NetworkX's power iteration converges, and the numpy (ARPACK) and igraph
ones only on connected undirected graphs (numpy's also only where the leading eigenvalue is
simple; NetworkX refuses disconnected graphs there with AmbiguousSolution).

Long, thin and bipartite graphs (issue 16: eigenvector centrality never fails on a connected
graph). The power iteration needs steps in proportion to 1 / spectral gap, which falls as 1/n^2 on
a path: Klynge's former default (100,000 power steps) failed on the 1,200-node path. Written here:
paths of 1,200 and 5,000 nodes, an even cycle of 1,000 (bipartite, regular: the uniform vector),
a lollipop (K30 and a 2,000-node tail: values underflow along the tail), a symmetric barbell and a
long asymmetric one, a larger relaxed caveman graph, a 60 x 60 grid, and a random bipartite graph
with integer weights. Their eigenvector references come from dense and sparse solvers, not from a
power iteration (NetworkX's would need millions of steps):
  * "eigenvector_numpy": numpy.linalg.eigh on the dense adjacency matrix (LAPACK);
  * "eigenvector_scipy": scipy.sparse.linalg.eigsh (ARPACK, which="LA", tol=0);
  * "eigenvector_igraph": igraph's eigenvector_centrality (ARPACK), rescaled to unit norm;
  * "eigenvector_exact": the closed form where there is one, in double precision from math.sin:
    path sin(pi i/(n+1)), grid the product of two, cycle the uniform vector.
An oracle is kept only where it agrees with numpy's eigh within 1e-10 (max abs); otherwise it is
null with the difference under "errors" (igraph's ARPACK stops at a looser tolerance on the
paths). Each fixture also records the spectral gap lambda1 - lambda2 under "spectral_gap".
The symmetric barbell's path is as long as keeps the gap above 1e-3: with a longer path the two
leading eigenvalues differ by less than rounding and no double-precision solver (LAPACK, ARPACK,
Klynge) can tell the Perron vector from the antisymmetric one.

Output: NAME.json here for every graph (and NAME.edges for the new ones); deterministic.
"""
import json
import os
import random
import sys

import networkx as nx
import numpy as np
import igraph as ig
import math
import scipy
import scipy.sparse.linalg

HERE = os.path.dirname(os.path.abspath(__file__))
PARENT = os.path.dirname(HERE)
TOL = 1e-15
MAX_ITER = 100_000


def read_edges(path):
    directed = weighted = False
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# directed:"):
                directed = line.split(":", 1)[1].strip() == "true"
            elif line.startswith("# weighted:"):
                weighted = line.split(":", 1)[1].strip() == "true"
            elif line and not line.startswith("#"):
                parts = line.split("\t")
                w = float(parts[2]) if len(parts) > 2 else 1.0
                rows.append((parts[0], parts[1], w))
    G = nx.DiGraph() if directed else nx.Graph()
    for u, v, w in rows:
        if weighted:
            G.add_edge(u, v, weight=w)
        else:
            G.add_edge(u, v)
    return G, directed, weighted


def write_edges(path, name, G, weighted, source):
    edges = []
    for u, v, d in G.edges(data=True):
        if not G.is_directed() and v < u:
            u, v = v, u
        edges.append((u, v, d.get("weight")))
    edges.sort(key=lambda e: (e[0], e[1]))
    lines = [
        f"# name: {name}", f"# directed: {'true' if G.is_directed() else 'false'}",
        f"# weighted: {'true' if weighted else 'false'}", f"# nodes: {G.number_of_nodes()}",
        f"# edges: {len(edges)}", f"# source: {source}",
        "# generated by Tests/KlyngeGraphTests/Fixtures/converged/make_converged_fixtures.py",
    ]
    for u, v, w in edges:
        lines.append(f"{u}\t{v}\t{w!r}" if weighted else f"{u}\t{v}")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def cluster_shaped():
    out = []
    G = nx.relaxed_caveman_graph(12, 9, 0.1, seed=7)
    assert nx.is_connected(G)
    G = nx.relabel_nodes(G, {v: f"c{v:03d}" for v in G})
    out.append(("caveman", G, False, "networkx.relaxed_caveman_graph(12, 9, 0.1, seed=7)"))
    sizes = [30, 25, 25, 20]
    p = [[0.3 if i == j else 0.004 for j in range(4)] for i in range(4)]
    S = nx.Graph(nx.stochastic_block_model(sizes, p, seed=5))
    assert nx.is_connected(S), "sbm not connected; change the seed"
    S = nx.relabel_nodes(S, {v: f"s{v:03d}" for v in S})
    out.append(("sbm", S, False, "networkx.stochastic_block_model([30, 25, 25, 20], 0.3 within, 0.004 between, seed=5)"))
    W = S.copy()
    rng = random.Random(11)
    for u, v in sorted(W.edges()):
        W[u][v]["weight"] = float(rng.randint(1, 5))
    out.append(("sbm_weighted", W, True, "the sbm graph with integer weights 1-5 (random.Random(11), edges in sorted order)"))
    T = nx.Graph()  # three components sharing the leading eigenvalue 2, with different shares
    T.add_edges_from([("s0", f"s{i}") for i in range(1, 5)])  # a star K1,4
    nx.add_cycle(T, ["t1", "t2", "t3"])  # a triangle
    nx.add_cycle(T, ["z1", "z2", "z3", "z4"])  # a 4-cycle
    T.add_edge("w1", "w2")  # a dyad: leading eigenvalue 1, so 0
    out.append(("disconnected_tie", T, False,
                "a star K1,4 (s*), a triangle (t*) and a 4-cycle (z*), all with leading eigenvalue 2, and a dyad (w*)"))
    return out


def as_igraph(G, nodes):
    index = {v: i for i, v in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), directed=G.is_directed())
    edges = list(G.edges(data=True))
    g.add_edges([(index[u], index[v]) for u, v, _ in edges])
    g.es["weight"] = [float(d.get("weight", 1.0)) for _, _, d in edges]
    return g


def unit(values):
    v = np.array(values, dtype=float)
    if v.sum() < 0:
        v = -v
    return v / np.linalg.norm(v)


def by_component(G, nodes, w):
    """Klynge's documented answer on a disconnected graph, from numpy.linalg.eigh per component:
    the components with the largest leading eigenvalue (within 1e-12 relative) keep their Perron
    vector times its sum (the uniform start vector's share), the others 0; unit norm overall."""
    parts = []
    for comp in nx.connected_components(G):
        members = sorted(comp)
        A = nx.to_numpy_array(G.subgraph(members), nodelist=members, weight=w or None)
        lam, U = np.linalg.eigh(A)
        parts.append((float(lam[-1]), members, unit(U[:, -1])))
    top = max(p[0] for p in parts)
    x = {v: 0.0 for v in nodes}
    for lam, members, u in parts:
        if lam >= top - 1e-12 * max(1.0, abs(top)):
            for v, value in zip(members, u * u.sum()):
                x[v] = float(value)
    norm = np.linalg.norm(list(x.values()))
    return {v: x[v] / norm for v in nodes}


def references(G, weighted):
    nodes = sorted(G.nodes())
    values, errors, default_converges = {}, {}, {}
    pers = {nodes[0]: 1.0, nodes[1]: 2.0, nodes[2]: 3.0}
    g = as_igraph(G, nodes)
    dangling = G.is_directed() and any(G.out_degree(v) == 0 for v in nodes)
    runs = [("pagerank", 0.85, None, None), ("pagerank_alpha", 0.6, None, None),
            ("pagerank_personalized", 0.85, pers, None)]
    if weighted:
        runs.append(("pagerank_weighted", 0.85, None, "weight"))
    for key, alpha, p, w in runs:
        r = nx.pagerank(G, alpha=alpha, personalization=p, weight=w, tol=TOL, max_iter=MAX_ITER)
        values[key + "_nx"] = {v: float(r[v]) for v in nodes}
        if p is not None and dangling:
            values[key + "_igraph"] = None
            errors[key + "_igraph"] = "igraph spreads dangling mass uniformly, not by the personalisation"
            continue
        reset = [p.get(v, 0.0) for v in nodes] if p else None
        pr = g.personalized_pagerank(directed=G.is_directed(), damping=alpha, reset=reset,
                                     weights="weight" if w else None, implementation="prpack")
        values[key + "_igraph"] = {v: float(x) for v, x in zip(nodes, pr)}
    connected = nx.is_strongly_connected(G) if G.is_directed() else nx.is_connected(G)
    eruns = [("eigenvector", None)] + ([("eigenvector_weighted", "weight")] if weighted else [])
    for key, w in eruns:
        try:
            nx.eigenvector_centrality(G, weight=w)
            default_converges[key] = True
        except nx.PowerIterationFailedConvergence:
            default_converges[key] = False
        try:
            e = nx.eigenvector_centrality(G, weight=w, tol=TOL, max_iter=MAX_ITER)
            values[key + "_nx"] = {v: float(e[v]) for v in nodes}
        except nx.PowerIterationFailedConvergence:
            values[key + "_nx"] = None
            errors[key + "_nx"] = f"NetworkX's power iteration did not converge in {MAX_ITER} steps"
            values[key + "_numpy"] = values[key + "_igraph"] = None
            continue
        if G.is_directed():
            values[key + "_numpy"] = values[key + "_igraph"] = None
            errors[key + "_numpy"] = errors[key + "_igraph"] = "directed: NetworkX's power iteration is the reference"
            continue
        if not connected:
            values[key + "_numpy"] = values[key + "_igraph"] = None
            errors[key + "_numpy"] = errors[key + "_igraph"] = (
                "disconnected: eigenvector_centrality_numpy refuses it (AmbiguousSolution); "
                "NetworkX's power iteration from the uniform vector is the reference")
            values[key + "_components"] = by_component(G, nodes, w)
            continue
        A = nx.to_numpy_array(G, nodelist=nodes, weight=w or None)
        spectrum = np.sort(np.linalg.eigvalsh(A))[::-1]
        if spectrum[0] - spectrum[1] > 1e-9:
            n = nx.eigenvector_centrality_numpy(G, weight=w, tol=0)
            values[key + "_numpy"] = {v: float(x) for v, x in zip(nodes, unit([n[v] for v in nodes]))}
        else:
            values[key + "_numpy"] = None
            errors[key + "_numpy"] = "the leading eigenvalue is not simple: ARPACK's vector is one of many"
        e = g.eigenvector_centrality(weights="weight" if w else None)
        values[key + "_igraph"] = {v: float(x) for v, x in zip(nodes, unit(e))}
    return nodes, values, errors, default_converges


def long_thin():
    """(name, graph, weighted, source, exact) for the long, thin and bipartite graphs."""
    out = []

    def label(G, prefix, width):
        return nx.relabel_nodes(G, {v: f"{prefix}{v:0{width}d}" for v in G})

    def path_exact(n):
        return lambda nodes: [math.sin(math.pi * (int(v[1:]) + 1) / (n + 1)) for v in nodes]

    for n in (1200, 5000):
        out.append((f"path{n}", label(nx.path_graph(n), "p", 4), False, f"networkx.path_graph({n})", path_exact(n)))
    out.append(("cycle1000", label(nx.cycle_graph(1000), "c", 4), False, "networkx.cycle_graph(1000)",
                lambda nodes: [1.0] * len(nodes)))
    out.append(("lollipop", label(nx.lollipop_graph(30, 2000), "l", 4), False,
                "networkx.lollipop_graph(30, 2000)", None))
    length = 0
    while True:  # the longest path keeping the symmetric barbell's gap above 1e-3
        A = nx.to_numpy_array(nx.barbell_graph(10, length + 1))
        top = np.sort(np.linalg.eigvalsh(A))[::-1]
        if top[0] - top[1] < 1e-3:
            break
        length += 1
    out.append(("barbell", label(nx.barbell_graph(10, length), "b", 3), False,
                f"networkx.barbell_graph(10, {length}) (the longest path with a gap above 1e-3)", None))
    B = nx.disjoint_union(nx.complete_graph(12), nx.complete_graph(10))
    nx.add_path(B, [0] + list(range(22, 322)) + [12])
    out.append(("barbell_long", label(B, "a", 3), False,
                "K12 (0-11) and K10 (12-21) joined by a 300-node path 22-321 from node 0 to node 12", None))
    C = nx.relaxed_caveman_graph(40, 10, 0.05, seed=3)
    assert nx.is_connected(C), "caveman not connected; change the seed"
    out.append(("caveman400", label(C, "k", 3), False, "networkx.relaxed_caveman_graph(40, 10, 0.05, seed=3)", None))
    G = nx.grid_2d_graph(60, 60)
    G = nx.relabel_nodes(G, {(i, j): f"g{i:02d}_{j:02d}" for i, j in G})

    def grid_exact(nodes):
        return [math.sin(math.pi * (int(v[1:3]) + 1) / 61) * math.sin(math.pi * (int(v[4:6]) + 1) / 61) for v in nodes]

    out.append(("grid60", G, False, "networkx.grid_2d_graph(60, 60)", grid_exact))
    seed = 1
    while True:
        P = nx.bipartite.random_graph(60, 90, 0.06, seed=seed)
        if nx.is_connected(P):
            break
        seed += 1
    P = nx.relabel_nodes(P, {v: f"u{v:03d}" if v < 60 else f"w{v:03d}" for v in P})
    rng = random.Random(13)
    for u, v in sorted(P.edges()):
        P[u][v]["weight"] = float(rng.randint(1, 9))
    out.append(("bipartite", P, True,
                f"networkx.bipartite.random_graph(60, 90, 0.06, seed={seed}) (the first connected seed), "
                "integer weights 1-9 (random.Random(13), edges in sorted order)", None))
    return out


def eigen_references(G, weighted, exact):
    """Eigenvector references of a connected undirected graph from eigh, eigsh, igraph and a closed form."""
    nodes = sorted(G.nodes())
    values, errors, gaps = {}, {}, {}
    g = as_igraph(G, nodes)
    for key, w in [("eigenvector", None)] + ([("eigenvector_weighted", "weight")] if weighted else []):
        A = nx.to_numpy_array(G, nodelist=nodes, weight=w or None)
        lam, U = np.linalg.eigh(A)
        gaps[key] = float(lam[-1] - lam[-2])
        base = unit(U[:, -1])
        found = {"numpy": base}
        S = nx.to_scipy_sparse_array(G, nodelist=nodes, weight=w or None, format="csr").astype(float)
        try:
            _, V = scipy.sparse.linalg.eigsh(S, k=1, which="LA", tol=0, v0=np.ones(len(nodes)), maxiter=100_000)
            found["scipy"] = unit(V[:, 0])
        except scipy.sparse.linalg.ArpackNoConvergence:
            errors[key + "_scipy"] = "ARPACK (eigsh) did not converge in 100,000 restarts"
        try:
            found["igraph"] = unit(g.eigenvector_centrality(weights="weight" if w else None))
        except ig.InternalError as error:  # on path5000: "Maximum number of iterations reached"
            errors[key + "_igraph"] = f"igraph's ARPACK failed: {str(error).strip()}"
        if exact is not None and w is None:
            found["exact"] = unit(exact(nodes))
        for oracle in ("numpy", "scipy", "igraph", "exact"):
            if oracle not in found:
                values[f"{key}_{oracle}"] = None
                continue
            off = float(np.abs(found[oracle] - base).max())
            if off > 1e-10:
                values[f"{key}_{oracle}"] = None
                errors[f"{key}_{oracle}"] = f"differs from numpy's eigh by {off:.3g} (max abs)"
            else:
                values[f"{key}_{oracle}"] = {v: float(x) for v, x in zip(nodes, found[oracle])}
    return nodes, values, errors, gaps


def main():
    assert nx.__version__ == "3.6.1", nx.__version__
    only = set(sys.argv[1:])  # graph names to (re)write; none: all
    graphs = []
    for name in sorted(f[:-6] for f in os.listdir(PARENT) if f.endswith(".edges")):
        G, directed, weighted = read_edges(os.path.join(PARENT, name + ".edges"))
        graphs.append((name, G, weighted, f"../{name}.edges", None))
    for name, G, weighted, source in cluster_shaped():
        if only and name not in only:
            continue
        write_edges(os.path.join(HERE, name + ".edges"), name, G, weighted, source)
        graphs.append((name, G, weighted, f"{name}.edges", source))
    for name, G, weighted, edges_file, source in graphs:
        if only and name not in only:
            continue
        nodes, values, errors, default_converges = references(G, weighted)
        doc = {"name": name, "directed": G.is_directed(), "weighted": weighted, "edges_file": edges_file,
               "networkx": nx.__version__, "igraph": ig.__version__, "tolerance": TOL,
               "nodes": nodes, "measures": values, "errors": errors,
               "networkx_default_converges": default_converges}
        if source:
            doc["source"] = source
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(doc, fh, sort_keys=True, separators=(",", ":"))
            fh.write("\n")
        print(name, len(nodes), sorted(k for k, v in values.items() if v is None), file=sys.stderr)
    for name, G, weighted, source, exact in long_thin():
        if only and name not in only:
            continue
        assert nx.is_connected(G)
        write_edges(os.path.join(HERE, name + ".edges"), name, G, weighted, source)
        nodes, values, errors, gaps = eigen_references(G, weighted, exact)
        doc = {"name": name, "directed": False, "weighted": weighted, "edges_file": f"{name}.edges",
               "networkx": nx.__version__, "igraph": ig.__version__, "numpy": np.__version__,
               "scipy": scipy.__version__, "nodes": nodes, "measures": values, "errors": errors,
               "spectral_gap": gaps, "source": source}
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(doc, fh, sort_keys=True, separators=(",", ":"))
            fh.write("\n")
        print(name, len(nodes), gaps, sorted(k for k, v in values.items() if v is None), errors, file=sys.stderr)


if __name__ == "__main__":
    main()
