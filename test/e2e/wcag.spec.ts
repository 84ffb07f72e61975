import { mkdir, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { COLOR_SCHEMES, DATA_STATES, SECTION_IDS, openConsole, showSection } from './tour';
import { UI_LANGUAGES } from './ui-text';

/**
 * WCAG 2.1 A and AA, as axe-core checks them (contrast included), on every section: empty and
 * with the demo school (first item selected, so the detail pane is checked too), in English
 * and in Dutch, light and dark. Every screen must have no violations. A screen's violations
 * are reported together, rule by rule with the elements concerned, and the walk goes on, so
 * one run lists everything to fix. test-results/wcag/<state>-<lang>.json keeps them as data,
 * with what axe could not decide by itself (`needsReview`), which a person should look at.
 *
 * Only WCAG rules run: axe's best practices (such as `region`, "all content in landmarks") are
 * not WCAG success criteria and have no WCAG tag.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.use({ viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Amsterdam' });
test.describe.configure({ mode: 'parallel' });

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  tags: string[];
  nodes: { target: string; html: string; summary: string }[];
}

const MAX_NODES_SHOWN = 6;

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** axe's "Fix any of the following: …" without the boilerplate, on one line. */
const fixSummary = (summary: string | undefined) =>
  oneLine(
    (summary ?? '').replace(/^Fix (any|all) of the following:\s*/gm, '').replace(/\n\s*/g, '; '),
    240,
  );

const findingsOf = (
  screen: string,
  violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'],
): Finding[] =>
  violations.map((violation) => ({
    screen,
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    helpUrl: violation.helpUrl,
    tags: violation.tags.filter((tag) => tag.startsWith('wcag')),
    nodes: violation.nodes.map((node) => ({
      target: node.target.map(String).join(' '),
      html: oneLine(node.html, 160),
      summary: fixSummary(node.failureSummary),
    })),
  }));

/**
 * The screen's violations, and what axe could not decide (`incomplete`: e.g. text over an
 * image, whose contrast a person must judge), which is kept for review but is not a failure.
 */
const check = async (page: Page, screen: string) => {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  // A blank or half-drawn screen would pass vacuously: axe must have checked text contrast.
  const contrastChecked = [...results.passes, ...results.violations, ...results.incomplete]
    .filter((rule) => rule.id === 'color-contrast')
    .reduce((count, rule) => count + rule.nodes.length, 0);
  expect(contrastChecked, `${screen}: axe found no text to check`).toBeGreaterThan(0);
  return {
    violations: findingsOf(screen, results.violations),
    needsReview: findingsOf(screen, results.incomplete),
  };
};

/** One line per rule, then one per element: what a person fixing it needs to find it. */
const readable = (findings: Finding[]) =>
  findings.flatMap((finding) => [
    `${finding.rule} (${finding.impact}, ${finding.tags.join(' ')}): ${finding.help} — ${finding.helpUrl}`,
    ...finding.nodes
      .slice(0, MAX_NODES_SHOWN)
      .map((node) => `    ${node.target}  ${node.html}\n      → ${node.summary}`),
    ...(finding.nodes.length > MAX_NODES_SHOWN
      ? [`    … and ${finding.nodes.length - MAX_NODES_SHOWN} more elements`]
      : []),
  ]);

for (const state of DATA_STATES)
  for (const language of UI_LANGUAGES)
    test(`WCAG 2.1 AA on every section: ${state}, ${language}, light and dark`, async ({
      page,
      problems,
    }, testInfo) => {
      void problems;
      const opened = await openConsole(page, language, state);
      const all: Finding[] = [];
      const review: Finding[] = [];
      try {
        for (const colorScheme of COLOR_SCHEMES) {
          await page.emulateMedia({ colorScheme });
          for (const section of SECTION_IDS) {
            const screen = `${state}-${language}-${colorScheme}-${section}`;
            await test.step(screen, async () => {
              await showSection(page, language, state, section);
              const { violations: findings, needsReview } = await check(page, screen);
              all.push(...findings);
              review.push(...needsReview);
              expect
                .soft(
                  readable(findings),
                  `${screen}: ${findings.length} WCAG violation(s), each with its elements`,
                )
                .toEqual([]);
            });
          }
        }
      } finally {
        await opened.close();
        await mkdir('test-results/wcag', { recursive: true });
        const file = `test-results/wcag/${state}-${language}.json`;
        await writeFile(file, JSON.stringify({ violations: all, needsReview: review }, null, 2));
        await testInfo.attach('wcag-violations', { path: file, contentType: 'application/json' });
      }
    });
