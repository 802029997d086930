// Switching the display mode: /display/elder, /display/standard (links in the header), /kiosk (the
// operator of a 政务公开专区 terminal opens it once).
import { Hono } from 'hono';
import type { Env } from '../../context.js';
import type { DisplayMode } from '../../display-mode.js';
import { DISPLAY_MODES, setDisplayMode } from '../../display-mode.js';
import { localPath } from '../../middleware/security.js';
import { notFoundPage } from '../../renderer.js';

/** The display-mode switches (mounted at the root). */
export function displayRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/display/:mode', (c) => {
    const mode = DISPLAY_MODES.find((m) => m === c.req.param('mode'));
    if (mode === undefined || mode === 'kiosk') return notFoundPage(c, '没有这种显示方式');
    setDisplayMode(c, mode satisfies DisplayMode, c.var.portal.secure);
    // Back to the page the visitor was on, never to another site.
    return c.redirect(localPath(c.req.query('next')) ?? '/', 303);
  });
  app.get('/kiosk', (c) => {
    setDisplayMode(c, 'kiosk', c.var.portal.secure);
    return c.redirect('/', 303);
  });
  return app;
}
