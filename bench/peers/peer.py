"""The peers of `npm run bench`, one task per process so each task's peak RSS is its own.

Reads the files bench/pipeline.ts writes from panelgraph's graph (the same graph for every system) and prints one
JSON line: {"seconds", "peakRssMb", "version", ...}. Only the operation is timed (not reading the input); the peak
RSS (resource.getrusage, ru_maxrss) is the whole process's, reading included.

  peer.py version networkx|igraph
  peer.py louvain-networkx projection.edges seed partition.out
  peer.py louvain-igraph projection.edges seed partition.out
  peer.py gexf-networkx gexf-data.jsonl out.gexf
  peer.py layout-igraph layout.edges
"""

import json
import random
import resource
import sys
import time


def peak_rss_mb():
    # Linux reports ru_maxrss in kilobytes.
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def read_edges(path):
    with open(path) as f:
        header = f.readline().split("\t")
        rows = [line.split("\t") for line in f]
    edges = [(int(a), int(b)) for a, b, _ in rows]
    weights = [float(w) for _, _, w in rows]
    return header, edges, weights


def write_partition(path, membership):
    with open(path, "w") as f:
        f.write("\n".join(str(c) for c in membership) + "\n")


def louvain_networkx(edges_path, seed, out):
    import networkx as nx

    header, edges, weights = read_edges(edges_path)
    graph = nx.Graph()
    graph.add_nodes_from(range(int(header[0])))
    graph.add_weighted_edges_from((a, b, w) for (a, b), w in zip(edges, weights))
    start = time.perf_counter()
    communities = nx.community.louvain_communities(graph, weight="weight", resolution=1, seed=seed)
    seconds = time.perf_counter() - start
    membership = [0] * graph.number_of_nodes()
    for i, members in enumerate(communities):
        for node in members:
            membership[node] = i + 1
    write_partition(out, membership)
    return {"seconds": seconds, "communities": len(communities), "version": nx.__version__}


def louvain_igraph(edges_path, seed, out):
    import igraph as ig

    header, edges, weights = read_edges(edges_path)
    graph = ig.Graph(n=int(header[0]), edges=edges, edge_attrs={"weight": weights})
    # python-igraph draws from Python's `random` unless told otherwise.
    random.seed(seed)
    start = time.perf_counter()
    clustering = graph.community_multilevel(weights="weight")
    seconds = time.perf_counter() - start
    write_partition(out, [c + 1 for c in clustering.membership])
    return {
        "seconds": seconds,
        "communities": len(clustering),
        "ownModularity": clustering.modularity,
        "version": ig.__version__,
    }


def gexf_networkx(data_path, out):
    import networkx as nx

    graph = nx.MultiDiGraph()
    with open(data_path) as f:
        for line in f:
            item = json.loads(line)
            if "node" in item:
                attributes = dict(item["attributes"])
                attributes["label"] = item["label"]
                viz = {"color": dict(item["color"], a=1.0), "size": item["size"]}
                if item.get("x") is not None:
                    viz["position"] = {"x": item["x"], "y": item["y"], "z": 0.0}
                attributes["viz"] = viz
                graph.add_node(item["node"], **attributes)
            else:
                attributes = dict(item["attributes"])
                attributes.update(
                    id=item["edge"], label=item["label"], weight=item["weight"], viz={"thickness": item["thickness"]}
                )
                graph.add_edge(item["source"], item["target"], key=item["edge"], **attributes)
    start = time.perf_counter()
    nx.write_gexf(graph, out)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "version": nx.__version__}


def layout_igraph(edges_path):
    import igraph as ig

    header, edges, weights = read_edges(edges_path)
    iterations = int(header[1])
    graph = ig.Graph(n=int(header[0]), edges=edges, edge_attrs={"weight": weights})
    random.seed(1)
    start = time.perf_counter()
    graph.layout_fruchterman_reingold(weights="weight", niter=iterations, grid=True)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "iterations": iterations, "version": ig.__version__}


def version(module):
    if module == "networkx":
        import networkx as nx

        return {"version": nx.__version__}
    import igraph as ig

    return {"version": ig.__version__}


def main(argv):
    task, args = argv[1], argv[2:]
    if task == "version":
        result = version(args[0])
    elif task == "louvain-networkx":
        result = louvain_networkx(args[0], int(args[1]), args[2])
    elif task == "louvain-igraph":
        result = louvain_igraph(args[0], int(args[1]), args[2])
    elif task == "gexf-networkx":
        result = gexf_networkx(args[0], args[1])
    elif task == "layout-igraph":
        result = layout_igraph(args[0])
    else:
        raise SystemExit(f"unknown task {task}")
    result["peakRssMb"] = peak_rss_mb()
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv)
