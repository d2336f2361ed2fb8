// The parts of Eleventy's untyped JavaScript API this project calls.
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    config?: (eleventyConfig: any) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  interface DevServer {
    serve(port: number): void;
    reload(event?: { files?: string[] }): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: {
    getServer(name: string, dir: string, options?: Record<string, unknown>): DevServer;
  };
  export default EleventyDevServer;
}

