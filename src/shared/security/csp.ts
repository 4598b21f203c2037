// The Content-Security-Policy of the renderer, in one place: the Electron session sends it as a header, the
// browser host sends it too, and index.html carries the same string in its meta tag (a test checks).
// No 'unsafe-eval' and no inline scripts; inline styles only for CodeMirror's and React's style attributes.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:"
].join('; ')

/** Header-only additions (not allowed in a meta tag). */
export const CSP_HEADER_EXTRA = "; frame-ancestors 'none'"
