import type { SandboxIndex } from './sandbox-index';
import { escapeMarkup } from '../http/escape-markup';

/** A page with nothing to submit, load or run: styles inline, nothing else at all. */
export const INDEX_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const link = (url: string) =>
  `<a href="${escapeMarkup(url)}"><code>${escapeMarkup(url)}</code></a>`;

/**
 * The sandbox's base URL as a person sees it in a browser: what this is, how to point the
 * console at it, and its endpoints. Every value is escaped, though all come from the sandbox.
 */
export const indexPage = (index: SandboxIndex): string => {
  const endpoints = Object.entries(index.endpoints)
    .map(([name, url]) => `<li>${escapeMarkup(name)}: <code>${escapeMarkup(url)}</code></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>VPP sandbox</title>
<style>body{font-family:-apple-system,system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f;line-height:1.45}
code{font-size:.9em;overflow-wrap:anywhere}li{margin:.2rem 0}footer{margin-top:2rem;color:#6e6e73;font-size:.85rem}</style>
</head><body>
<h1>VPP sandbox</h1>
<p>VPP sandbox — a local imitation of Apple's Apps and Books API v2 (seed ${escapeMarkup(index.seed)}). Nothing here reaches Apple.</p>
<p>Point VPP Console at <code>${escapeMarkup(index.baseUrl)}</code> in Settings → Apple Service → Custom URL.
Other clients send one of the <code>.vpptoken</code> files the sandbox wrote at start as <code>Authorization: Bearer …</code>.</p>
<h2>Endpoints</h2>
<p>Service configuration (no token needed): ${link(index.serviceConfig)}</p>
<ul>
${endpoints}
</ul>
<p>State of the sandbox for tests and demos: ${link(index.admin)}</p>
<footer>A sandbox-only page: Apple's service has nothing at this address. Every behaviour and choice is described in ${escapeMarkup(index.documentation)}.</footer>
</body></html>`;
};
