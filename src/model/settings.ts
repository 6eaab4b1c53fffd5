// The sizes at which panelgraph changes how it works: a graph's node count, a file's bytes. One place, each with why
// its value is what it is, so a change of method is found here rather than as a number in the stage that switches.
// Shared by the build and the browser viewer, so it imports nothing (no zod, no node:).

/**
 * Sources larger than this are refused (ingest/read.ts): a panel write-up is kilobytes; megabytes mean the wrong file.
 */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

/**
 * A PDF or a saved web page a source's text is extracted from may be larger than its text (fonts, images, scripts):
 * add-source reads, and validate checks, original files up to this size.
 */
export const MAX_ORIGINAL_BYTES = 100 * 1024 * 1024;

/**
 * Source texts of at least this many characters are indexed for finding quotes (ingest/text-search.ts) once searching
 * them quote by quote has cost two passes over the text; shorter ones are searched with indexOf alone, which at this
 * size costs microseconds a quote, and a corpus of many short sources holds no indexes.
 */
export const INDEXED_TEXT_MIN = 64 * 1024;

/**
 * Default for CentralityOptions.exactUpTo (analysis/centrality.ts): up to this many nodes of the evidence graph,
 * betweenness is exact (Brandes from every node, O(n·m)); above, it is estimated from pivots. Exact takes ~20 s at 10k
 * nodes (the estimate 1 s, with 18 of the top 20 the same) and hours at 100k, and the build runs on every save under
 * `panelgraph serve` (docs/performance.md, "What is sampled or approximated").
 */
export const EXACT_BETWEENNESS_UP_TO = 2_000;

/**
 * Up to this many nodes, exact betweenness is graphology's own (analysis/centrality.ts), so graph.json of small corpora
 * keeps its exact bytes; above, our Brandes on flat arrays gives the same values ~1.5× faster.
 */
export const GRAPHOLOGY_BETWEENNESS_UP_TO = 2_000;

/**
 * Up to this many nodes, the layout is graphology's ForceAtlas2 with exact repulsion; above, our Barnes-Hut
 * ForceAtlas2, a community at a time (analysis/layout.ts). Exact repulsion costs n² per iteration: 4 s at 1,000 nodes,
 * where Barnes-Hut takes 0.6 s and separates communities better (bench, 1k); the shipped corpus (about 200 nodes)
 * stays on the exact path.
 */
export const LARGE_LAYOUT = 500;

/**
 * ForceAtlas2 iterations by graph order (analysis/layout.ts, defaultIterations): the first step whose `upTo` is at
 * least the order. Fewer as the graph grows, since each iteration costs more there (docs/performance.md: 600 up to
 * 1k nodes, 200 up to 20k, 50 above). Above 20k, one iteration over the whole graph took 0.8 s at 50k on the loaded
 * bench machine; from the start by community, 50 iterations keep communities apart (separation 5.4 at 50k, 6.1 with
 * 100) in half the time.
 */
export const LAYOUT_ITERATIONS: readonly { upTo: number; iterations: number }[] = [
  { upTo: 1_000, iterations: 600 },
  { upTo: 20_000, iterations: 200 },
  { upTo: Infinity, iterations: 50 },
];

/**
 * Graphs with more nodes than this show their communities' names over the overview (viewer/core/community-labels.ts,
 * docs/viewer.md "Large graphs"): the size from which the build lays communities out as regions of their own.
 */
export const COMMUNITY_LABELS_ABOVE = LARGE_LAYOUT;

/**
 * A graph.json of at least this many bytes gets a graph.view.json beside it (`panelgraph build`), and the viewer
 * looks for one only then; a smaller graph loads whole, as it did before there was a graph.view.json. 2 MB is about
 * 500 nodes of generated data; the shipped corpus is 0.26 MB (docs/viewer.md, "Large graphs").
 */
export const VIEWER_PAYLOAD_MIN_BYTES = 2_000_000;

/**
 * Above this many nodes (docs/viewer.md, “Large graphs”): nodes are drawn as round point sprites and edges as 1-pixel
 * lines, which a software WebGL (SwiftShader, headless Chromium, machines without a GPU) draws in a small fraction of
 * the time of Sigma's instanced circles and rectangles, and a change of selection re-styles only the nodes and edges
 * whose look changes.
 */
export const MANY_NODES = 5_000;

/**
 * Above this many nodes, the large-graph mode: edges hidden while the camera moves, only the lit ones drawn while
 * something is lit, and drawn from the second frame on. A 50,000-node graph has a quarter of a million edges.
 */
export const LARGE_GRAPH_NODES = 20_000;

/**
 * Graphs with more nodes than this do not dim on hover, only on a click: dimming re-colours every node, which at
 * 10,000 nodes took 0.3 s of script for each node the pointer crossed (bench/frames.ts, while dragging the view).
 * The same size as MANY_NODES (docs/viewer.md, "Large graphs").
 */
export const HOVER_DIMMING_LIMIT = MANY_NODES;
