import { createHash } from 'node:crypto';
import type { CatalogueEntry } from './content-catalogue';
import { escapeMarkup } from '../http/escape-markup';

const PALETTE = [
  '#e4572e',
  '#17bebb',
  '#ffc914',
  '#2e282a',
  '#76b041',
  '#3d5a80',
  '#9b5de5',
  '#f15bb5',
  '#00a6fb',
  '#ef8354',
];

const initialsOf = (name: string): string =>
  name
    .split(/[\s–-]+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0].toUpperCase())
    .join('');

/** A generated icon: a coloured rounded square (apps) or a cover (books) with the initials. */
export const iconSvg = (entry: CatalogueEntry): string => {
  const hash = createHash('sha1').update(entry.adamId).digest();
  const color = PALETTE[hash[0] % PALETTE.length];
  const initials = escapeMarkup(initialsOf(entry.name) || '?');
  const label = escapeMarkup(entry.name);
  if (entry.kind === 'book') {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="512" viewBox="0 0 400 512" role="img" aria-label="${label}"><rect width="400" height="512" rx="16" fill="${color}"/><rect x="24" width="14" height="512" fill="#000" opacity="0.18"/><text x="210" y="290" font-family="Georgia, serif" font-size="150" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512" role="img" aria-label="${label}"><rect width="512" height="512" rx="112" fill="${color}"/><text x="256" y="320" font-family="Helvetica, Arial, sans-serif" font-size="200" font-weight="bold" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
};
