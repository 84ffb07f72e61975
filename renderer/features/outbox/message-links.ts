/** A link in a message: where it goes and the words it shows. */
export interface MessageLink {
  url: string;
  text: string;
}

const WEB_URL = /^https?:\/\/[^\s<>"']+$/i;
const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/gi;

/**
 * The web links of a message, so the admin can try the invitation link: from the HTML's
 * anchors (parsed inertly: DOMParser runs no scripts and loads nothing), else from the plain
 * text. Only http(s); each address once.
 */
export const messageLinks = (message: { html: string | null; text: string }): MessageLink[] => {
  const found: MessageLink[] = [];
  if (message.html) {
    const document = new DOMParser().parseFromString(message.html, 'text/html');
    for (const anchor of document.querySelectorAll('a[href]')) {
      const url = anchor.getAttribute('href')?.trim() ?? '';
      const text = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
      found.push({ url, text: text || url });
    }
  } else {
    for (const match of message.text.matchAll(URL_IN_TEXT))
      found.push({ url: match[0], text: match[0] });
  }
  const seen = new Set<string>();
  return found.filter((link) => {
    if (!WEB_URL.test(link.url) || seen.has(link.url)) return false;
    seen.add(link.url);
    return true;
  });
};

/** A link to this computer (the sandbox's invitation page), which a browser tab can open. */
export const isLoopbackUrl = (url: string): boolean =>
  /^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:[/?#]|$)/i.test(url);
