/** Escapes text for HTML and SVG, in content and in quoted attribute values. */
export const escapeMarkup = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
