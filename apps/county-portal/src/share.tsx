// Sharing a page: its QR code (SVG and PNG, from the `qrcode` library) and a printable A4 poster for the
// 公示栏 and the service hall with the code, the title and the address (宁政办发〔2020〕15号: 在各级政务
// 服务中心、公示栏或者其他公共场所公布“二维码”，方便公众“扫码”查阅).
import QRCode from 'qrcode';
import { Hono } from 'hono';
import type { Env } from './context.js';
import { localPath } from './middleware/security.js';

const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

/** The QR code of an address as SVG. */
export const qrSvg = (url: string): Promise<string> => QRCode.toString(url, { ...OPTIONS, type: 'svg' });

/** The QR code of an address as PNG, 8 pixels a module. */
export const qrPng = async (url: string): Promise<Uint8Array<ArrayBuffer>> =>
  Uint8Array.from(await QRCode.toBuffer(url, { ...OPTIONS, type: 'png', scale: 8 }));

/** The QR code routes (`/qr.svg?path=…`, `/qr.png?path=…`), for this site's pages only. */
export function qrRoutes(): Hono<Env> {
  const app = new Hono<Env>();
  for (const format of ['svg', 'png'] as const)
    app.get(`/qr.${format}`, async (c) => {
      const path = localPath(c.req.query('path'));
      if (path === undefined)
        return c.text('二维码只能指向本平台的页面：path 应为以“/”开头、不超过 500 个字符的站内地址', 400);
      const url = `${c.var.portal.publicOrigin}${path}`;
      c.header('Cache-Control', 'public, max-age=86400');
      if (format === 'svg') return c.body(await qrSvg(url), 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
      return c.body(await qrPng(url), 200, { 'Content-Type': 'image/png' });
    });
  return app;
}

/** A page's share box: its address, its QR code, the code's PNG and the poster. */
export const ShareBox = ({ origin, path, poster }: { origin: string; path: string; poster: string }) => (
  <aside class="share" aria-label="扫码查看与分享">
    <img src={`/qr.svg?path=${encodeURIComponent(path)}`} alt="本页二维码" width={160} height={160} />
    <p>
      扫码查看本页：<span class="address">{`${origin}${path}`}</span>
    </p>
    <p class="no-print">
      <a href={`/qr.png?path=${encodeURIComponent(path)}`}>下载二维码（PNG）</a> · <a href={poster}>打印 A4 海报</a>
    </p>
  </aside>
);

/** An A4 poster: the title, what it is, the code and the address, and who publishes it. */
export const Poster = ({
  title,
  lines,
  origin,
  path,
  publisher,
}: {
  title: string;
  lines: readonly string[];
  origin: string;
  path: string;
  publisher: string;
}) => (
  <article class="poster">
    <p class="no-print">用浏览器的打印功能打印本页（A4 纸，纵向）。</p>
    <h1>{title}</h1>
    {lines.map((line) => (
      <p>{line}</p>
    ))}
    <img src={`/qr.svg?path=${encodeURIComponent(path)}`} alt={`${title}的二维码`} width={360} height={360} />
    <p class="poster-hint">微信或手机相机扫码查看</p>
    <p class="address">{`${origin}${path}`}</p>
    <p class="muted">{publisher}</p>
  </article>
);
