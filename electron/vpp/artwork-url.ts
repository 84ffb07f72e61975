/**
 * Apple's store answers artwork as a template, e.g. `…/source/{w}x{h}{c}.{f}`, which the caller
 * fills in: size, crop code (`bb`: fit inside the box, keeping the aspect ratio) and format.
 * A URL without placeholders (the sandbox's) passes through unchanged.
 */
export const fillArtworkTemplate = (template: string, sizePx: number): string =>
  template
    .replace(/\{w\}/g, String(sizePx))
    .replace(/\{h\}/g, String(sizePx))
    .replace(/\{c\}/g, 'bb')
    .replace(/\{f\}/g, 'png');

/** An absolute http(s) URL, resolved against the answer's URL; anything else is dropped. */
export const webUrlOrUndefined = (value: string | undefined, base: string): string | undefined => {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
};
