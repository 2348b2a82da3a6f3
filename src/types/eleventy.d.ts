// The parts of Eleventy's programmatic API that Clippings uses (Eleventy
// ships JavaScript without type declarations for its main entry).
declare module "@11ty/eleventy" {
  export interface UserConfig {
    addExtension(extensions: string[], options: { key: string }): void;
    addTemplateFormats(formats: string): void;
    addGlobalData(name: string, value: unknown): void;
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
