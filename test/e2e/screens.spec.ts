import { test } from './fixtures';
import {
  COLOR_SCHEMES,
  DATA_STATES,
  SECTION_IDS,
  expectReadableText,
  openConsole,
  showSection,
} from './tour';
import { UI_LANGUAGES } from './ui-text';

/**
 * A screenshot of every section, empty and with the demo school (its first item selected), in
 * English and in Dutch, light and dark: test-results/screenshots/<state>-<lang>-<scheme>-
 * <section>.png, for reviewing the look. Each also checks what a user would notice first: the
 * section shows under its name, and no text reads "undefined", "NaN", "{{" or a raw key.
 */
test.use({ viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Amsterdam' });
// One console per language and data state; the four are independent, so two workers share them.
test.describe.configure({ mode: 'parallel' });

for (const state of DATA_STATES)
  for (const language of UI_LANGUAGES)
    test(`screenshots of every section: ${state}, ${language}, light and dark`, async ({
      page,
      problems,
    }) => {
      void problems;
      const opened = await openConsole(page, language, state);
      try {
        for (const colorScheme of COLOR_SCHEMES) {
          await page.emulateMedia({ colorScheme });
          for (const section of SECTION_IDS) {
            const name = `${state}-${language}-${colorScheme}-${section}`;
            await test.step(name, async () => {
              await showSection(page, language, state, section);
              await expectReadableText(page, name);
              await page.screenshot({
                path: `test-results/screenshots/${name}.png`,
                animations: 'disabled',
                caret: 'hide',
              });
            });
          }
        }
      } finally {
        await opened.close();
      }
    });
