// The parts of Eleventy's programmatic API that Clippings uses (Eleventy
// ships JavaScript without type declarations for its main entry).
declare module "@11ty/eleventy" {
  export interface UserConfig {
    /**
     * `key`: the template language whose data handling the extension keeps;
     * `compile(content, inputPath)`: the template's render function.
     */
    addExtension(extensions: string[], options: { key: string; compile?: (content: string, inputPath: string) => Promise<(data: unknown) => unknown> }): void;
    addTemplateFormats(formats: string): void;
    addGlobalData(name: string, value: unknown): void;
    /** `{ source: "output/path" }`: copies files byte for byte. */
    addPassthroughCopy(copies: Record<string, string>): void;
    addWatchTarget(path: string): void;
    setQuietMode(quiet: boolean): void;
  }
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (config: UserConfig) => void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}

// The parts of @11ty/eleventy-img (6.x) that Clippings uses.
declare module "@11ty/eleventy-img" {
  export interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    dryRun?: boolean;
    sharpJpegOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
  }
  export interface ImageVariant {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    srcset: string;
    filename: string;
    outputPath: string;
  }
  export type ImageMetadata = Record<string, ImageVariant[]>;
  export default function Image(src: string, options: ImageOptions): Promise<ImageMetadata>;
  export function statsSync(src: string, options: ImageOptions): ImageMetadata;
  export function ImageSize(file: string): { type?: string; width?: number; height?: number };
}

// The parts of Eleventy's dev server (2.x) that `serve` uses.
declare module "@11ty/eleventy-dev-server" {
  export interface DevServerOptions {
    liveReload?: boolean;
    domDiff?: boolean;
    portReassignmentRetryCount?: number;
    showVersion?: boolean;
    messageOnStart?: (info: { hosts: string[]; localhostUrl: string; startupTime: number }) => string | false;
    logger?: { info(message: string): void; log(message: string): void; error(message: string): void };
  }
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    ready(): Promise<void>;
    getServerUrl(host: string, pathname?: string): string;
    reload(event?: { files?: string[]; subtype?: string }): void;
    close(): Promise<void>;
  }
}
