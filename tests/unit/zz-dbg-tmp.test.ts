import { test } from 'vitest';
import satori from 'satori';
import { readFileSync } from 'node:fs';
const f = readFileSync('node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff');
test('dbg', async () => {
  const el = (style: any, children?: any) => ({ type: 'div', props: { style, children } });
  const t = 'Huit bombardiers russes et chinois survolent la mer du Japon à l’aube du 30 novembre';
  for (const extra of [{}, { textWrap: 'balance' }, { textWrap: 'balance', lineClamp: 3 }, { textWrap: 'balance', lineClamp: 4 }, { lineClamp: 3 }, { textWrap: 'balance', lineClamp: 3, textOverflow: 'ellipsis', overflow: 'hidden' }, { textWrap: 'pretty' }, { textWrap: 'pretty', lineClamp: 3 }]) {
    const nodes: any[] = [];
    const tree = el({ width: 1056, height: 630, display: 'flex', flexDirection: 'column', fontFamily: 'S' }, [el({ display: 'block', fontSize: 52, ...extra }, t)]);
    const svg = await satori(tree as any, { width: 1056, height: 630, fonts: [{ name: 'S', data: f, weight: 700, style: 'normal' }], onNodeDetected: (n) => nodes.push(n) });
    console.log(JSON.stringify(extra), nodes.map(n => `${n.width}x${n.height}`).join(' '));
  }
});
