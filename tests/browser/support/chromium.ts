import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Lance le Chromium du système (ou `$CHROME_PATH`, cf. scripts/ensure-chromium.mjs), sans réseau :
 * toute résolution DNS échoue sauf localhost / 127.0.0.1, donc aucune requête ne peut quitter la machine.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
}

/**
 * Ouvre une page dans un contexte créé par `browser.newContext()` — obligatoire pour @axe-core/playwright,
 * qui refuse les pages issues de `browser.newPage()`. Fermer la page ferme aussi son contexte.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  page.once('close', () => void context.close());
  return page;
}
