/** Distinct host names of the source URLs behind a chart, for its source line ("soumu.go.jp, …"). */
export function sourceHosts(urlLists: string[]): string[] {
  const hosts = new Set<string>();
  for (const list of urlLists) {
    for (const url of list.split(/\s+/)) {
      try {
        hosts.add(new URL(url).hostname.replace(/^www\./, ''));
      } catch {
        if (url.trim()) hosts.add(url.trim());
      }
    }
  }
  return [...hosts].sort(
    (a, b) => Number(b.endsWith('soumu.go.jp')) - Number(a.endsWith('soumu.go.jp')) || a.localeCompare(b),
  );
}
