// Edges that are easy to hit. Sigma finds the edge under the pointer by drawing every edge, in an id colour, into a
// picking buffer at half the resolution, as thick as on screen: a 1-pixel edge is then hit only exactly on its line,
// or not at all. This program draws edges as Sigma's default does, and in the picking buffer at least
// EDGE_HIT_WIDTH pixels wide, so the pointer finds an edge a few pixels off its line.
import { EdgeRectangleProgram } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/model/graph.ts";

/** The minimum thickness (Sigma's `minEdgeThickness`, in pixels) of an edge in the picking buffer. */
export const EDGE_HIT_WIDTH = 12;

export class PickableEdgeProgram extends EdgeRectangleProgram<NodeAttributes, EdgeAttributes, GraphAttributes> {
  override setUniforms(params: RenderParams, programInfo: Parameters<EdgeRectangleProgram["setUniforms"]>[1]): void {
    super.setUniforms(params, programInfo);
    if (programInfo.isPicking) {
      programInfo.gl.uniform1f(programInfo.uniformLocations.u_minEdgeThickness!, EDGE_HIT_WIDTH);
    }
  }
}
