// ForceAtlas2 for large graphs: the iteration of graphology-layout-forceatlas2 (the same forces, masses and per-node
// adaptive speed), with the Barnes-Hut quadtree held in preallocated typed arrays and Gephi's default θ = 1.2, so a
// 100k-node graph takes seconds per hundred iterations instead of minutes. Deterministic: no randomness, and the
// nodes are visited in index order.

export interface ForceAtlas2Settings {
  linLogMode: boolean;
  strongGravityMode: boolean;
  gravity: number;
  scalingRatio: number;
  slowDown: number;
  /** Barnes-Hut accuracy: a region of width w at distance d counts as one body when w / d < θ. Gephi uses 1.2. */
  barnesHutTheta: number;
}

/** The graph as flat arrays: positions (updated in place), and undirected weighted edges between node indexes. */
export interface LayoutArrays {
  x: Float64Array;
  y: Float64Array;
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** Below this width a region is not split again: nodes that close share a leaf (nodes on one spot included). */
const MIN_REGION = 1e-6;
/** Nodes a leaf holds before it is split: a few direct pushes cost less than walking more levels of the tree. */
const LEAF_CAPACITY = 8;

/** Barnes-Hut quadtree over the current positions, rebuilt every iteration; regions are indexes into flat arrays. */
class QuadTree {
  capacity = 0;
  count = 0;
  centreX = new Float64Array(0);
  centreY = new Float64Array(0);
  half = new Float64Array(0);
  mass = new Float64Array(0);
  /** Mass-weighted sums of positions while building; the centre of mass once built. */
  massX = new Float64Array(0);
  massY = new Float64Array(0);
  firstChild = new Int32Array(0);
  /** The region to visit after this one when it is skipped: its next sibling, or its parent's, and so on. */
  next = new Int32Array(0);
  /** A leaf's nodes: the first (-1 if none), the others through `nodeNext`, and how many. */
  head = new Int32Array(0);
  size = new Int32Array(0);
  nodeNext: Int32Array;

  constructor(nodes: number) {
    this.nodeNext = new Int32Array(nodes);
    this.grow(Math.max(64, nodes));
  }

  private grow(capacity: number): void {
    const copy = <T extends Float64Array | Int32Array>(from: T, make: (n: number) => T): T => {
      const to = make(capacity);
      to.set(from);
      return to;
    };
    const f = (n: number) => new Float64Array(n);
    const i = (n: number) => new Int32Array(n);
    this.centreX = copy(this.centreX, f);
    this.centreY = copy(this.centreY, f);
    this.half = copy(this.half, f);
    this.mass = copy(this.mass, f);
    this.massX = copy(this.massX, f);
    this.massY = copy(this.massY, f);
    this.firstChild = copy(this.firstChild, i);
    this.next = copy(this.next, i);
    this.head = copy(this.head, i);
    this.size = copy(this.size, i);
    this.capacity = capacity;
  }

  private region(centreX: number, centreY: number, half: number, next: number): number {
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const r = this.count++;
    this.centreX[r] = centreX;
    this.centreY[r] = centreY;
    this.half[r] = half;
    this.mass[r] = 0;
    this.massX[r] = 0;
    this.massY[r] = 0;
    this.firstChild[r] = -1;
    this.next[r] = next;
    this.head[r] = -1;
    this.size[r] = 0;
    return r;
  }

  private childFor(r: number, x: number, y: number): number {
    return this.firstChild[r]! + (x < this.centreX[r]! ? 0 : 2) + (y < this.centreY[r]! ? 0 : 1);
  }

  private add(r: number, x: number, y: number, m: number): void {
    this.mass[r]! += m;
    this.massX[r]! += x * m;
    this.massY[r]! += y * m;
  }

  private push(r: number, node: number): void {
    this.nodeNext[node] = this.head[r]!;
    this.head[r] = node;
    this.size[r]!++;
  }

  build(x: Float64Array, y: Float64Array, masses: Float64Array): void {
    const n = x.length;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]!);
      maxX = Math.max(maxX, x[i]!);
      minY = Math.min(minY, y[i]!);
      maxY = Math.max(maxY, y[i]!);
    }
    this.count = 0;
    this.region((minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2 + MIN_REGION, -1);
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const yi = y[i]!;
      const mi = masses[i]!;
      let r = 0;
      for (;;) {
        this.add(r, xi, yi, mi);
        if (this.firstChild[r]! >= 0) {
          r = this.childFor(r, xi, yi);
          continue;
        }
        if (this.size[r]! < LEAF_CAPACITY || this.half[r]! < MIN_REGION) {
          this.push(r, i);
          break;
        }
        // A full leaf: split it in four, move its nodes down, and go on placing this one.
        const half = this.half[r]! / 2;
        const cx = this.centreX[r]!;
        const cy = this.centreY[r]!;
        const first = this.count;
        this.region(cx - half, cy - half, half, first + 1);
        this.region(cx - half, cy + half, half, first + 2);
        this.region(cx + half, cy - half, half, first + 3);
        this.region(cx + half, cy + half, half, this.next[r]!);
        this.firstChild[r] = first;
        for (let j = this.head[r]!; j >= 0;) {
          const after = this.nodeNext[j]!;
          const child = this.childFor(r, x[j]!, y[j]!);
          this.add(child, x[j]!, y[j]!, masses[j]!);
          this.push(child, j);
          j = after;
        }
        this.head[r] = -1;
        this.size[r] = 0;
        r = this.childFor(r, xi, yi);
      }
    }
    for (let r = 0; r < this.count; r++) {
      const m = this.mass[r]!;
      if (m > 0) {
        this.massX[r]! /= m;
        this.massY[r]! /= m;
      }
    }
  }
}

/** Runs `iterations` ForceAtlas2 steps on `graph`, moving its positions in place. */
export function forceAtlas2(graph: LayoutArrays, iterations: number, settings: ForceAtlas2Settings): void {
  const { x, y, sources, targets, weights } = graph;
  const n = x.length;
  // Mass: 1 + weighted degree, as graphology's.
  const mass = new Float64Array(n).fill(1);
  for (let e = 0; e < sources.length; e++) {
    mass[sources[e]!]! += weights[e]!;
    mass[targets[e]!]! += weights[e]!;
  }
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const oldDx = new Float64Array(n);
  const oldDy = new Float64Array(n);
  const convergence = new Float64Array(n).fill(1);
  const tree = new QuadTree(n);
  const theta2 = settings.barnesHutTheta ** 2;
  const repulsion = settings.scalingRatio;

  for (let iteration = 0; iteration < iterations; iteration++) {
    oldDx.set(dx);
    oldDy.set(dy);
    dx.fill(0);
    dy.fill(0);

    // Repulsion, through the quadtree: a far region pushes as one body at its centre of mass.
    tree.build(x, y, mass);
    const { firstChild, next, head, nodeNext, half, size } = tree;
    const regionMass = tree.mass;
    const { massX, massY } = tree;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const yi = y[i]!;
      const mi = mass[i]! * repulsion;
      let fx = 0;
      let fy = 0;
      let r = 0;
      while (r >= 0) {
        const m = regionMass[r]!;
        if (m === 0) {
          r = next[r]!;
          continue;
        }
        const xDist = xi - massX[r]!;
        const yDist = yi - massY[r]!;
        const distance2 = xDist * xDist + yDist * yDist;
        const width = 2 * half[r]!;
        // Far enough: the region pushes as one body (a leaf of one node is that node, pushed exactly).
        if (width * width < theta2 * distance2 || (size[r] === 1 && head[r] !== i)) {
          if (distance2 > 0) {
            const factor = (mi * m) / distance2;
            fx += xDist * factor;
            fy += yDist * factor;
          }
          r = next[r]!;
          continue;
        }
        if (firstChild[r]! >= 0) {
          r = firstChild[r]!;
          continue;
        }
        for (let j = head[r]!; j >= 0; j = nodeNext[j]!) {
          if (j === i) continue;
          const jx = xi - x[j]!;
          const jy = yi - y[j]!;
          const d2 = jx * jx + jy * jy;
          if (d2 > 0) {
            const factor = (mi * mass[j]!) / d2;
            fx += jx * factor;
            fy += jy * factor;
          }
        }
        r = next[r]!;
      }
      dx[i] = fx;
      dy[i] = fy;
    }

    // Gravity towards the origin.
    const gravity = settings.gravity / settings.scalingRatio;
    for (let i = 0; i < n; i++) {
      const distance = Math.sqrt(x[i]! * x[i]! + y[i]! * y[i]!);
      if (distance <= 0) continue;
      const factor = settings.strongGravityMode
        ? repulsion * mass[i]! * gravity
        : (repulsion * mass[i]! * gravity) / distance;
      dx[i]! -= x[i]! * factor;
      dy[i]! -= y[i]! * factor;
    }

    // Attraction along edges (LinLog: log(1 + d), so clusters pull tight and sit apart).
    for (let e = 0; e < sources.length; e++) {
      const a = sources[e]!;
      const b = targets[e]!;
      const xDist = x[a]! - x[b]!;
      const yDist = y[a]! - y[b]!;
      const distance = Math.sqrt(xDist * xDist + yDist * yDist);
      if (distance <= 0) continue;
      const factor = settings.linLogMode ? (-weights[e]! * Math.log(1 + distance)) / distance : -weights[e]!;
      dx[a]! += xDist * factor;
      dy[a]! += yDist * factor;
      dx[b]! -= xDist * factor;
      dy[b]! -= yDist * factor;
    }

    // Each node moves at its own speed: fast while its force keeps direction, slow while it swings.
    for (let i = 0; i < n; i++) {
      const swingX = oldDx[i]! - dx[i]!;
      const swingY = oldDy[i]! - dy[i]!;
      const swinging = mass[i]! * Math.sqrt(swingX * swingX + swingY * swingY);
      const tractionX = oldDx[i]! + dx[i]!;
      const tractionY = oldDy[i]! + dy[i]!;
      const traction = Math.sqrt(tractionX * tractionX + tractionY * tractionY) / 2;
      const speed = (convergence[i]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
      const force2 = dx[i]! * dx[i]! + dy[i]! * dy[i]!;
      convergence[i] = Math.min(1, Math.sqrt((speed * force2) / (1 + Math.sqrt(swinging))));
      x[i]! += dx[i]! * (speed / settings.slowDown);
      y[i]! += dy[i]! * (speed / settings.slowDown);
    }
  }
}
