// Types of cli/build.mjs for the tests that import it.
export declare const CLI_DIR: string;
export declare const CLI_ENTRY: string;
export declare function pruneBuilds(dir: string, keep: ReadonlyArray<{ hashes: Readonly<Record<string, string>> }>): void;
export declare function buildCli(): Promise<void>;
