// How the public pages are shown: standard, 长者模式 (larger type and spacing, simpler navigation) that
// any visitor can switch on, or 自助终端 (the 政务公开专区's kiosk: large touch targets, no sign-in,
// print buttons, short applicant sessions). The choice is a cookie; nothing else depends on it.
import type { Context } from 'hono';

/** What the display mode is read from and written to: a request's context, whatever its route. */
type AnyContext = Pick<Context, 'req' | 'header'>;
import { getCookie, setCookie } from 'hono/cookie';

/** The ways the public pages can be shown. */
export const DISPLAY_MODES = ['standard', 'elder', 'kiosk'] as const;
/** One of {@link DISPLAY_MODES}. */
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** The cookie that keeps the visitor's choice. */
export const DISPLAY_COOKIE = 'gk_display';
/** How long an applicant's look-up lasts on a kiosk: a shared terminal forgets sooner. */
export const KIOSK_APPLICANT_MINUTES = 5;

/** The visitor's display mode; `standard` when none or an unknown one is set. */
export function displayModeOf(c: AnyContext): DisplayMode {
  const value = getCookie(c as Context, DISPLAY_COOKIE);
  return DISPLAY_MODES.find((mode) => mode === value) ?? 'standard';
}

/**
 * Sets the display mode for the visitor (a year for the elderly-friendly mode, the session of the
 * browser for the kiosk, which is switched on by its operator).
 */
export function setDisplayMode(c: Context, mode: DisplayMode, secure: boolean): void {
  setCookie(c, DISPLAY_COOKIE, mode, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure,
    ...(mode === 'elder' ? { maxAge: 365 * 24 * 3600 } : {}),
  });
}
