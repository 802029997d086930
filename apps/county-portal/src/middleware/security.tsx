// The middleware every request passes: security headers, body limits, no caching of staff pages, and
// the refusal of forms posted from another site.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { MAX_BODY_BYTES, MAX_REVIEW_BODY_BYTES } from './limits.js';

/**
 * The security headers: a Content-Security-Policy allowing the portal's own styles and its own one
 * script file (the kiosk's print button), nothing inline,
 * same-origin referrers, no framing, and HSTS only over https.
 * @param secure - whether the portal is served over https
 */
export function securityHeaders(secure: boolean): MiddlewareHandler {
  return secureHeaders({
    // Same-origin requests keep their Origin and Referer (no-referrer would send Origin: null).
    referrerPolicy: 'same-origin',
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      styleSrc: ["'self'"],
      scriptSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    // HSTS only where the portal is served over https: over http it would be ignored at best.
    strictTransportSecurity: secure ? 'max-age=15552000; includeSubDomains' : false,
  });
}

const tooLarge = (limit: number) => (c: Context) =>
  c.render(
    <>
      <h1>提交的内容过大</h1>
      <p>本次提交超过 {String(Math.round(limit / 1024))} KB，未处理。请精简内容后，回到原页面重新提交。</p>
    </>,
    { title: '提交的内容过大', status: 413 },
  );

/** Refuses a body over its limit before reading it: the review page's limit for it, the general one elsewhere. */
export function bodyLimits(): MiddlewareHandler {
  const review = bodyLimit({ maxSize: MAX_REVIEW_BODY_BYTES, onError: tooLarge(MAX_REVIEW_BODY_BYTES) });
  const general = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge(MAX_BODY_BYTES) });
  return (c, next) => (c.req.path === '/staff/review' ? review(c, next) : general(c, next));
}

/** Marks the response `Cache-Control: no-store`. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};

/**
 * A cross-site form post carries another site's Origin (or none but a foreign Referer). Forms here post
 * only to the configured public origin, so anything else is refused before it reaches a handler.
 */
export function sameOrigin(c: Context, expected: string): boolean {
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== 'null') return origin === expected;
  const referer = c.req.header('referer');
  if (referer === undefined) return false;
  try {
    return new URL(referer).origin === expected;
  } catch {
    return false;
  }
}

/**
 * Refuses a form posted from another origin than the portal's public one (a cross-site request
 * forgery), with a page saying why.
 * @param publicOrigin - the origin people reach the portal at
 */
export function refuseCrossSitePosts(publicOrigin: string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'POST' && !sameOrigin(c, publicOrigin)) {
      return c.render(
        <>
          <h1>已拒绝跨站提交</h1>
          <p>这份表单不是从本站页面提交的，为防止跨站请求伪造，已拒绝处理。请回到本站页面重新提交。</p>
        </>,
        { title: '拒绝跨站提交', status: 403 },
      );
    }
    await next();
  };
}

/** The longest path of this site a redirect, a QR code or a poster is made for. */
export const MAX_LOCAL_PATH = 500;

/**
 * A path of this site (`/policy-library/x?y=z`), or `undefined` for anything else: another site
 * (`//evil.example`, `https://…`, `/\\evil`), spaces, or over {@link MAX_LOCAL_PATH} characters.
 * @param path - the path as given
 */
export function localPath(path: string | undefined): string | undefined {
  return path !== undefined && path.length <= MAX_LOCAL_PATH && /^\/(?![/\\])[^\s]*$/.test(path) ? path : undefined;
}
