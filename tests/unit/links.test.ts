import { describe, expect, it } from 'vitest';
import { caseHref, casesHref, viewHref } from '../../src/state/links.ts';

describe('in-app links', () => {
  it('spell the hash the views used to build by hand', () => {
    expect(viewHref('quarterly', 'ja')).toBe('#/quarterly');
    expect(viewHref('explore', 'en')).toBe('#/explore?lang=en');
    expect(caseHref('JP-2022-07', 'en')).toBe('#/case/JP-2022-07?lang=en');
    expect(caseHref('JP-2022-07', 'ja', { cause: 'software_bug', sort: 'date.desc' })).toBe(
      '#/case/JP-2022-07?cause=software_bug&sort=date.desc',
    );
  });

  it('open the cases view on one cause and fiscal year (a click on the overview bar)', () => {
    expect(casesHref({ causes: ['software_bug'], fyFrom: 2022, fyTo: 2022 }, 'ja')).toBe(
      '#/cases?cause=software_bug&from=2022&to=2022',
    );
    expect(casesHref({}, 'en')).toBe('#/cases?lang=en');
  });
});
