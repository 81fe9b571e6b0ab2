interface ImportMetaEnv {
  /** True in `astro dev` only (src/integrations/drafts.ts): drafts are previewed, never built. */
  readonly PREVIEW_DRAFTS: boolean;
}
