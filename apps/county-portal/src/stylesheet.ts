// The portal's one stylesheet, served as a file so that the Content-Security-Policy allows styles
// from the portal itself only (no inline <style> or style attributes).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Context } from 'hono';

/** The stylesheet's text (src/site.css). */
export const SITE_CSS: string = readFileSync(new URL('./site.css', import.meta.url), 'utf8');

/** Where pages link the stylesheet: its content hash in the query, so a new version is never a stale cache. */
export const STYLESHEET_PATH = `/assets/site.css?v=${createHash('sha256').update(SITE_CSS).digest('hex').slice(0, 12)}`;

/** Sends the stylesheet, cacheable for a year (the link changes with its content). */
export function serveStylesheet(c: Context): Response {
  c.header('Content-Type', 'text/css; charset=utf-8');
  c.header('Cache-Control', 'public, max-age=31536000, immutable');
  return c.body(SITE_CSS);
}

/**
 * The one script the portal serves: on a kiosk, a button marked `data-print` prints the page. It is a
 * file of the portal's own (the Content-Security-Policy allows no inline script), loaded in kiosk mode only.
 */
export const PRINT_SCRIPT =
  "document.addEventListener('click', function (event) {\n" +
  "  var target = event.target instanceof Element ? event.target.closest('[data-print]') : null;\n" +
  '  if (target) window.print();\n' +
  '});\n';

/** Where kiosk pages load the print script, with its content hash. */
export const PRINT_SCRIPT_PATH = `/assets/print.js?v=${createHash('sha256').update(PRINT_SCRIPT).digest('hex').slice(0, 12)}`;

/** Sends the print script, cacheable for a year (the link changes with its content). */
export function servePrintScript(c: Context): Response {
  c.header('Content-Type', 'text/javascript; charset=utf-8');
  c.header('Cache-Control', 'public, max-age=31536000, immutable');
  return c.body(PRINT_SCRIPT);
}
