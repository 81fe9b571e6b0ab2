import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
const root = '/tmp/lead-dist';
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  let p = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try { if ((await stat(p)).isDirectory()) p = join(p, 'index.html'); res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' }); res.end(await readFile(p)); } catch { res.writeHead(404); res.end('404'); }
}).listen(4400);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const [,, path, out, width = '1280', scheme = 'light'] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto('http://127.0.0.1:4400' + path);
if (process.argv[6]) await page.evaluate((s) => document.querySelector(s).scrollIntoView(), process.argv[6]); await page.screenshot({ path: out, fullPage: !process.argv[7] });
console.log(await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]));
await browser.close(); server.close();
