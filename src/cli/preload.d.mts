// Types of preload.mjs, which the binary imports before tsx is registered (so it is plain JavaScript).
export declare const PRELOADED: readonly string[];
