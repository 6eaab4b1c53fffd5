"""Reads a GEXF or GraphML file with networkx and prints what networkx got, as JSON, for tests/interop/gexf.test.ts."""
import json
import sys

import networkx as nx

kind, path = sys.argv[1], sys.argv[2]
graph = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
edges = (
    graph.edges(keys=True, data=True)
    if graph.is_multigraph()
    else ((source, target, None, data) for source, target, data in graph.edges(data=True))
)
json.dump(
    {
        "networkx": nx.__version__,
        "directed": graph.is_directed(),
        "graph": {k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float))},
        "nodes": {node: data for node, data in graph.nodes(data=True)},
        "edges": [
            {"source": source, "target": target, "key": key, **data} for source, target, key, data in edges
        ],
    },
    sys.stdout,
    ensure_ascii=False,
)
