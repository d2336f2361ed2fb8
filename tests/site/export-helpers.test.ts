import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { siteUrl, siteUrlResolver } from "../../src/site/site-url.ts";

// The exports build addresses without a URL per event: the shortcut must give what URL gives.

test("a site address built by concatenation is the one URL resolves, for any path and base", () => {
  const bases = [
    "https://exemple.org/chronique/", "https://exemple.org", "https://exemple.org/chronique", "HTTPS://EXEMPLE.org:443/a%20b/",
    "https://exemple.org/c/?q=1", "https://exemple.org/c/#f", "http://[::1]:8080/é/", "file:///tmp/site/",
  ];
  const pathname = fc.string({ unit: fc.constantFrom("a", "Z", "0", "-", "_", "/", "/", ".", "..", "#", "?", "%", "%2e", " ", "é", "\\", ":", "|", "@"), maxLength: 30 });
  // The address, or the error of a path URL refuses ("\\/" is a host-relative address, whose host is missing).
  const outcome = (resolve: () => string) => {
    try {
      return resolve();
    } catch (error) {
      return String(error);
    }
  };
  fc.assert(fc.property(fc.constantFrom(...bases), pathname, (base, path) => {
    const expected = outcome(() => new URL(path.replace(/^\/+/, ""), base).href);
    assert.equal(outcome(() => siteUrlResolver(base)(path)), expected);
    assert.equal(outcome(() => siteUrl(path, base)), expected);
  }), { numRuns: 3000 });
  assert.equal(siteUrlResolver("https://exemple.org/chronique/")("/articles/2016-12-30-x/#phrase-3"), "https://exemple.org/chronique/articles/2016-12-30-x/#phrase-3");
});
