interface ImportMetaEnv {
  /** Base URL of the data server; empty or absent serves the embedded mock. See docs/api.md. */
  readonly VITE_API_URL?: string;
}
