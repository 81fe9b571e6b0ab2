import { textSchema, strictObject } from './text';

/**
 * A host the site links to over plain `http:`: `content/http-hosts.yaml`, keyed by host name.
 * Every other outside link must be `https:`.
 */
export const httpHostSchema = strictObject({
  /** Why this host is linked without TLS (it serves no https, or that is not yet checked). */
  reason: textSchema,
});
