// Command-line flags for the headless Chromium of the browser tests and of `npm run lighthouse`:
// one list, so both run the same browser, cut off from the network the same way.

/** @type {readonly string[]} */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // No request can leave the machine: every host name but the local server's fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
