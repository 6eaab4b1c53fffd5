// Types of bundle.mjs, which the binary imports before tsx is registered (so it is plain JavaScript).
export declare const BUNDLE_DIR: string;
export declare function freshBundle(): { main: string; context: string } | null;
export declare function buildBundle(): Promise<{ dir: string; inputs: number }>;
