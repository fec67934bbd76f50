/**
 * Distinct host names of the source URLs behind a chart, for its source line ("soumu.go.jp, …"). A reference that
 * has no host (a `doc:` document without a URL) is named by what follows `doc:`.
 */
export function sourceHosts(urlLists: string[]): string[] {
  const hosts = new Set<string>();
  for (const list of urlLists) {
    for (const url of list.split(/\s+/)) {
      let host = '';
      try {
        host = new URL(url).hostname.replace(/^www\./, '');
      } catch {
        host = '';
      }
      const name = host || url.trim().replace(/^doc:/, '');
      if (name) hosts.add(name);
    }
  }
  return [...hosts].sort(
    (a, b) => Number(b.endsWith('soumu.go.jp')) - Number(a.endsWith('soumu.go.jp')) || a.localeCompare(b),
  );
}
