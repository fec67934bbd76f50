/**
 * Makes a drawn Plot chart one keyboard stop with a text alternative: the chart's <svg> is labelled with its
 * summary; Plot's aria-labels on plain <g> (not allowed there by ARIA) are dropped, decoration is hidden, and
 * the marks that are links form a roving tabindex group (only one of them is in the tab order).
 */
const svgsOf = (root: Element) => (root.tagName.toLowerCase() === 'svg' ? [root] : [...root.querySelectorAll('svg')]);
const mainSvg = (svgs: Element[]) => svgs.find((s) => s.querySelector('a')) ?? svgs[svgs.length - 1];

/** The chart's marks that are links, in the order the arrow keys move through them. */
export function chartLinks(root: Element): SVGAElement[] {
  const main = mainSvg(svgsOf(root));
  return main ? [...main.querySelectorAll<SVGAElement>('a')] : [];
}

export function prepareChartDom(root: Element, summary: string): SVGAElement[] {
  const svgs = svgsOf(root);
  const main = mainSvg(svgs);
  for (const svg of svgs) {
    if (svg !== main) svg.setAttribute('aria-hidden', 'true');
  }
  if (!main) return [];
  for (const el of main.querySelectorAll('[aria-label], [aria-description]')) {
    if (el.tagName.toLowerCase() === 'a') continue;
    // Plot's mark name ("line", "bar" …) stays readable for tests and styles, outside ARIA.
    const mark = el.getAttribute('aria-label');
    if (mark) el.setAttribute('data-mark', mark);
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  for (const g of main.children) {
    if (!g.querySelector('a')) g.setAttribute('aria-hidden', 'true');
  }
  const links = [...main.querySelectorAll<SVGAElement>('a')];
  main.removeAttribute('aria-description');
  main.setAttribute('role', links.length ? 'group' : 'img');
  main.setAttribute('aria-label', summary);
  links.forEach((a, i) => {
    const name = a.querySelector('title')?.textContent?.trim();
    if (name) a.setAttribute('aria-label', name);
    a.setAttribute('tabindex', i === 0 ? '0' : '-1');
  });
  return links;
}

/** The mark a key moves to in a roving group of `count` marks, or null when the key is not a move. */
export function rovingTarget(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  const moves: Record<string, number> = {
    ArrowRight: index + 1,
    ArrowDown: index + 1,
    ArrowLeft: index - 1,
    ArrowUp: index - 1,
    PageDown: index + 10,
    PageUp: index - 10,
    Home: 0,
    End: count - 1,
  };
  const to = moves[key];
  return to === undefined ? null : Math.min(count - 1, Math.max(0, to));
}

/** Puts `index` in the tab order (and only it). */
export function setRovingStop(links: Element[], index: number): void {
  links.forEach((a, i) => a.setAttribute('tabindex', i === index ? '0' : '-1'));
}
