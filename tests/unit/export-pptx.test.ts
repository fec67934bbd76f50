import JSZip from 'jszip';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { DeckSpec } from '../../src/export/deck/deck-store.ts';
import { buildDeck, pngSize } from '../../src/export/deck/pptx.ts';

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A solid-colour RGB PNG, built by hand so the test needs no canvas. */
function pngDataUrl(width: number, height: number, rgb: [number, number, number]): string {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    out.set(data, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

function spec(id: string, title: string, subtitle: string, synthetic: boolean): DeckSpec {
  return {
    id,
    title,
    subtitle,
    sources: [`出典: 総務省 ${id} の資料`],
    notes: [`${title} の注記`],
    synthetic,
    columns: [],
  };
}

const items = [
  {
    spec: spec('fy-totals', '年度別の事故件数', '公開記録 · 2008–2025年度', false),
    pngDataUrl: pngDataUrl(600, 300, [66, 105, 208]),
  },
  {
    spec: spec('by-quarter', '四半期別の報告件数', '合成サンプル · 2022年度 · 事業者: A社', true),
    pngDataUrl: pngDataUrl(500, 400, [239, 177, 24]),
    addedAt: '2026-11-23T01:00:00.000Z',
  },
  {
    spec: spec('by-cause', '原因別の重大な事故', '公開記録 · 原因グループ: 人為要因', false),
    pngDataUrl: pngDataUrl(300, 300, [255, 114, 92]),
  },
];

async function unzip(blob: Blob) {
  return JSZip.loadAsync(await blob.arrayBuffer());
}

// Building a deck imports pptxgenjs first: about 1 s idle, 6 s on a loaded 2-core machine.
describe('buildDeck', { timeout: 30_000 }, () => {
  it('reads the PNG size from a data URL', () => {
    expect(pngSize(pngDataUrl(123, 45, [0, 0, 0]))).toEqual({ width: 123, height: 45 });
  });

  it('writes a title slide and one slide per chart with visible title, caption and source, an image and notes', async () => {
    const blob = await buildDeck(items, {
      lang: 'ja',
      title: '第12回 検証会議 資料',
      exportedAt: new Date('2026-11-23T07:08:00Z'),
    });
    const zip = await unzip(blob);
    const names = Object.keys(zip.files);
    for (const n of [1, 2, 3, 4]) expect(names).toContain(`ppt/slides/slide${n}.xml`);
    expect(names).not.toContain('ppt/slides/slide5.xml');
    expect(names).toContain('[Content_Types].xml');
    expect(names.filter((n) => /^ppt\/media\/.+\.png$/.test(n))).toHaveLength(3);

    const slide = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    const cover = await slide(1);
    expect(cover).toContain('第12回 検証会議 資料');
    expect(cover).toContain('2026/11/23 16:08 JST');
    expect(cover).toContain('合成データ');

    for (const [i, item] of items.entries()) {
      const xml = await slide(i + 2);
      // visible text runs only: the image's alt text (descr) carries the title too and must not satisfy this
      const shown = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('\n');
      expect(shown).toContain(item.spec.title);
      expect(shown).toContain(item.spec.subtitle);
      expect(shown).toContain(item.spec.notes[0]);
      expect(shown).toContain(`出典: 総務省 ${item.spec.id} の資料`);
      expect(xml).not.toContain('出典: 出典');
      expect(xml.includes('合成データ / Synthetic data')).toBe(item.spec.synthetic);
    }

    const notes = await Promise.all(
      names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')),
    );
    for (const item of items) expect(notes.some((xml) => xml.includes(item.spec.subtitle))).toBe(true);
    expect(notes.some((xml) => xml.includes('合成サンプル (実際の報告ではなく'))).toBe(true);
  });
});
