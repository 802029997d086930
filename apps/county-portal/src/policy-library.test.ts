// 政策库, 政策包, QR codes and posters, through app.request().
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { closeStores, ORIGIN, portalOn, textOf } from './test-support.js';

afterEach(closeStores);

const TODAY = '2026-12-02';
type App = Awaited<ReturnType<typeof portalOn>>;
const get = async (app: App, path: string) => {
  const response = await app.request(`${ORIGIN}${path}`);
  return {
    response,
    text: textOf(await response.clone().text()).replaceAll('&amp;', '&'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
};

describe('政策库 and 政策包', () => {
  it('lists the library with whom each policy is for and how long it applies', async () => {
    const app = await portalOn(TODAY, TODAY);
    const page = await get(app, '/policy-library');
    expect(page.text).toContain('政策（8 件）');
    expect(page.text).toContain(
      '示范县制造业企业技术改造补助办法 示范县工业和信息化局 企业：制造业，各类规模 2026-06-01 起，至 2028-05-31',
    );
    expect(page.text).toContain('示范县高龄老年人津贴发放办法 示范县民政局 居民：老年人 2026-01-10 起，现行有效');
  });

  it('builds a small manufacturer’s package with the reasons, leaving out what ended, with a shareable address', async () => {
    const app = await portalOn(TODAY, TODAY);
    const page = await get(app, '/policy-library/package?kind=enterprise&industry=C&size=small');
    expect(page.response.status).toBe(200);
    expect(page.text).toContain('制造业小型企业政策包');
    expect(page.text).toContain('适用的政策（3 件）');
    expect(page.text).toContain('适用理由：面向制造业（C门类）企业；不限企业规模；有效期至 2028-05-31');
    expect(page.text).toContain('适用理由：面向各行业企业；面向小型、微型企业，贵企业为小型企业；有效期至 2027-12-31');
    expect(page.text).not.toContain('新型农业经营主体贷款贴息');
    expect(page.text).toContain(
      `扫码查看本页： ${ORIGIN}/policy-library/package?kind=enterprise&industry=C&size=small`,
    );
  });

  it('builds a resident’s package, and asks again for a profile it cannot read', async () => {
    const app = await portalOn(TODAY, TODAY);
    const elderly = await get(app, '/policy-library/package?kind=resident&situation=elderly&situation=disabled');
    expect(elderly.text).toContain('老年人、残疾人政策包');
    expect(elderly.text).toContain('示范县高龄老年人津贴发放办法');
    expect(elderly.text).toContain('适用理由：面向残疾人；现行有效');
    for (const query of ['kind=enterprise&industry=Z&size=small', 'kind=resident&situation=__proto__', 'kind=x']) {
      const page = await get(app, `/policy-library/package?${query}`);
      expect([page.response.status, page.text], query).toEqual([
        200,
        expect.stringContaining('请选择企业的行业和规模'),
      ]);
    }
    // The farm loan subsidy ended on 2026-12-31 and the 2025 machinery subsidy before it: in 2027 both are counted.
    const later = await portalOn('2027-01-04', '2027-01-04');
    const farm = await get(later, '/policy-library/package?kind=enterprise&industry=A&size=small');
    expect(farm.text).toContain('另有 2 件适用的政策已过有效期，未列入。');
    expect(farm.text).not.toContain('新型农业经营主体贷款贴息');
  });

  it('makes QR codes that read back as the page’s address, for this site’s pages only', async () => {
    const app = await portalOn(TODAY, TODAY);
    const png = await get(app, `/qr.png?path=${encodeURIComponent('/policy-library/pl-2026-04')}`);
    expect(png.response.headers.get('content-type')).toBe('image/png');
    const image = PNG.sync.read(Buffer.from(png.bytes));
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(decoded?.data).toBe(`${ORIGIN}/policy-library/pl-2026-04`);
    const svg = await get(app, '/qr.svg?path=/policy-library');
    expect(svg.response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(new TextDecoder().decode(svg.bytes)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const path of ['https://evil.example/', '//evil.example/', '', `/${'x'.repeat(600)}`]) {
      const refused = await get(app, `/qr.svg?path=${encodeURIComponent(path)}`);
      expect([refused.response.status, refused.text], path).toEqual([
        400,
        expect.stringContaining('二维码只能指向本平台的页面'),
      ]);
    }
  });

  it('prints an A4 poster for a policy, a package, a policy document and a catalogue area', async () => {
    const app = await portalOn(TODAY, TODAY);
    const policy = await get(app, '/policy-library/pl-2026-04/poster');
    expect(policy.text).toContain('示范县高龄老年人津贴发放办法 示民〔2026〕2号');
    expect(policy.text).toContain(`微信或手机相机扫码查看 ${ORIGIN}/policy-library/pl-2026-04`);
    const pack = await get(app, '/policy-library/package/poster?kind=resident&situation=elderly');
    expect(pack.text).toContain('老年人政策包 适用的政策 1 件 示范县高龄老年人津贴发放办法');
    const document = await get(app, '/policies/sfx-2026-3/poster');
    expect(document.text).toContain('示范县义务教育阶段学校招生入学实施办法 示政规〔2026〕3号');
    const area = await get(app, `/catalogue/${encodeURIComponent('义务教育')}/poster`);
    expect(area.text).toContain('示范县义务教育领域基层政务公开标准目录');
    expect((await get(app, '/policy-library/nothing/poster')).response.status).toBe(404);
    expect((await get(app, '/policy-library/package/poster?kind=x')).response.status).toBe(404);
  });
});
