// The review mode's write API, part of `panelgraph serve` (`npm start`) only: the page reads a source's annotation
// files and sends accept / reject / edit / add changes (src/review/session.ts applies them). Nobody but the page the
// server handed out may write: the API answers only on the loopback address, to a request whose Host is this
// server's, carrying the token the server made at start (put into the index.html it serves, and nowhere else), with
// the server's own Origin on every write, JSON only and at most MAX_BODY_BYTES. Anything else is a 4xx, with nothing
// written. The static site (`npm run build`) has neither the token nor the API, so it shows no review controls.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Plugin } from "vite";
import { z } from "zod";
import { EvidenceKindSchema, IdSchema, RelationSchema } from "../model/schema.js";
import { ENTITY_SECTIONS, type Change } from "../review/edit.js";
import { ReviewSession, type Answer } from "../review/session.js";

export const REVIEW_PATH = "/api/review";
/** The page's token travels in this header; the page finds it in `<meta name="panelgraph-review-token">`. */
export const TOKEN_HEADER = "x-panelgraph-token";
export const TOKEN_META = "panelgraph-review-token";
export const MAX_BODY_BYTES = 64 * 1024;

const Section = z.enum(ENTITY_SECTIONS);
const Text = z.string().trim().min(1).max(10_000);
const Evidence = z.strictObject({
  quote: z.string().min(1).max(10_000),
  kind: EvidenceKindSchema,
  occurrence: z.number().int().min(1).optional(),
});
const NewEntitySchema = z.strictObject({
  id: IdSchema,
  label: Text,
  kind: z.string().min(1).max(100).optional(),
  parent: IdSchema.optional(),
  text: Text.optional(),
});
const ChangeSchema: z.ZodType<Change> = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("accept"), claim: z.number().int().min(0) }),
  z.strictObject({ type: z.literal("accept-entity"), section: Section, id: IdSchema }),
  z.strictObject({ type: z.literal("accept-all"), relation: RelationSchema }),
  z.strictObject({ type: z.literal("accept-all-entities"), section: Section }),
  z.strictObject({ type: z.literal("reject"), claim: z.number().int().min(0) }),
  z.strictObject({ type: z.literal("reject-entity"), section: Section, id: IdSchema }),
  z.strictObject({
    type: z.literal("edit"),
    claim: z.number().int().min(0),
    relation: RelationSchema.optional(),
    from: IdSchema.optional(),
    to: IdSchema.optional(),
    role: Text.nullable().optional(),
    // The date itself is checked with the rest of the file, as `panelgraph validate` would (src/review/session.ts).
    since: z.string().trim().min(1).max(40).nullable().optional(),
    until: z.string().trim().min(1).max(40).nullable().optional(),
    link: Text.nullable().optional(),
    kinds: z.record(z.string().regex(/^\d+$/), EvidenceKindSchema).optional(),
    drop: z.array(z.number().int().min(0)).max(20).optional(),
    accept: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal("add-claim"),
    claim: z.strictObject({
      relation: RelationSchema,
      from: IdSchema,
      to: IdSchema,
      role: Text.optional(),
      link: Text.optional(),
      evidence: z.array(Evidence).min(1).max(20),
    }),
    declare: z
      .array(z.strictObject({ section: Section, entity: NewEntitySchema }))
      .max(8)
      .optional(),
    addresses: z.array(IdSchema).max(4).optional(),
  }),
  z.strictObject({
    type: z.literal("add-entity"),
    section: Section,
    entity: NewEntitySchema,
  }),
  z.strictObject({ type: z.literal("same-as"), section: Section, id: IdSchema, as: IdSchema }),
]) as z.ZodType<Change>;

const ChangeRequest = z.strictObject({
  file: z.string().min(1).max(200),
  /** Empty: the page has no file for the source yet (the change makes it). */
  hash: z.string().regex(/^(?:[0-9a-f]{64})?$/),
  change: ChangeSchema,
});

/** A refusal: status and message, nothing written. */
class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const isLoopback = (address: string | undefined) =>
  address !== undefined && (address === "::1" || /^(::ffff:)?127\./.test(address));

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.end(`${JSON.stringify(body)}\n`);
}

/** The request's body as JSON, refused when it is not JSON or larger than the cap (read no further than the cap). */
async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new Refused(415, "send JSON (Content-Type: application/json)");
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new Refused(413, `the request is larger than ${MAX_BODY_BYTES} bytes`);
  // Past the cap the rest is read and dropped (not kept), so the client gets the answer rather than a reset.
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on("end", () =>
      size > MAX_BODY_BYTES
        ? reject(new Refused(413, `the request is larger than ${MAX_BODY_BYTES} bytes`))
        : resolve(Buffer.concat(chunks)),
    );
    req.on("error", reject);
  });
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new Refused(400, "the request body is not valid JSON");
  }
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== "string") return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface ReviewApi {
  token: string;
  session: ReviewSession;
  plugin: Plugin;
}

/** The API and the Vite plugin that serves it and hands the token to the page. */
export function reviewApi(dataDir: string): ReviewApi {
  const token = randomBytes(32).toString("base64url");
  const session = new ReviewSession(dataDir);
  let port = 0;
  const hosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);

  /** Who may call: checked before anything is read or parsed. */
  const check = (req: IncomingMessage) => {
    if (!isLoopback(req.socket.remoteAddress)) throw new Refused(403, "the review API answers this machine only");
    const host = req.headers.host ?? "";
    if (!hosts().has(host))
      throw new Refused(403, `wrong Host ${JSON.stringify(host)}: open the viewer by its own address`);
    if (!sameToken(req.headers[TOKEN_HEADER], token)) throw new Refused(403, "missing or wrong review token");
    if (req.method === "POST" && !hosts().has((req.headers.origin ?? "").replace(/^http:\/\//, "")))
      throw new Refused(403, "writes are accepted only from the viewer's own page (Origin)");
  };

  const answer = async (req: IncomingMessage): Promise<Answer> => {
    check(req);
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = url.pathname.replace(/\/+$/, "");
    if (req.method === "GET" && route === "/sources") return { status: 200, body: { sources: session.sources() } };
    if (req.method === "GET" && route === "/source") return session.source(url.searchParams.get("id") ?? "");
    if (req.method === "GET" && route === "/possible-recommendations")
      return session.possibleRecommendations(url.searchParams.get("id") ?? "");
    if (req.method === "POST" && route === "/change") {
      const parsed = ChangeRequest.safeParse(await jsonBody(req));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Refused(400, `invalid change: ${issue.path.join(".") || "(request)"}: ${issue.message}`);
      }
      return session.change(parsed.data.file, parsed.data.hash, parsed.data.change);
    }
    if (req.method === "POST" && route === "/undo") {
      await jsonBody(req);
      return session.undo();
    }
    if (["/sources", "/source", "/possible-recommendations", "/change", "/undo"].includes(route))
      throw new Refused(405, "method not allowed");
    throw new Refused(404, "no such review endpoint");
  };

  const plugin: Plugin = {
    name: "panelgraph:review-api",
    configureServer(server) {
      server.httpServer?.once("listening", () => {
        port = (server.httpServer!.address() as AddressInfo).port;
      });
      server.middlewares.use(REVIEW_PATH, (req, res) => {
        answer(req).then(
          ({ status, body }) => send(res, status, body),
          (error: unknown) => {
            if (error instanceof Refused) return send(res, error.status, { ok: false, error: error.message });
            send(res, 500, { ok: false, error: error instanceof Error ? error.message : String(error) });
          },
        );
      });
    },
    transformIndexHtml: {
      order: "pre",
      handler: () => [{ tag: "meta", attrs: { name: TOKEN_META, content: token }, injectTo: "head" }],
    },
  };
  return { token, session, plugin };
}
