import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Reads Stryker's JSON report and writes the mutation score per folder into tests/MUTATION.md, between the
 * `<!-- scores -->` markers. Score = (killed + timeout) / (every mutant that is neither ignored nor a compile error).
 */
interface Mutant {
  status: string;
  mutatorName?: string;
  location?: { start: { line: number } };
}
const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8')) as {
  files: Record<string, { mutants: Mutant[] }>;
};

const FOLDERS = [
  'src/domain',
  'src/lib',
  'src/query',
  'src/charts',
  'src/i18n',
  'src/export',
  'scripts/lib/public-record',
];
const folderOf = (file: string) => FOLDERS.find((f) => file.startsWith(`${f}/`)) ?? 'other';

type Tally = Record<'killed' | 'survived' | 'noCoverage' | 'timeout' | 'valid', number>;
const empty = (): Tally => ({ killed: 0, survived: 0, noCoverage: 0, timeout: 0, valid: 0 });
const tallies = new Map<string, Tally>();
const total = empty();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const t = tallies.get(folderOf(file)) ?? empty();
  tallies.set(folderOf(file), t);
  for (const m of mutants) {
    if (m.status === 'Ignored' || m.status === 'CompileError' || m.status === 'RuntimeError') continue;
    for (const x of [t, total]) {
      x.valid++;
      if (m.status === 'Killed') x.killed++;
      else if (m.status === 'Survived') x.survived++;
      else if (m.status === 'NoCoverage') x.noCoverage++;
      else if (m.status === 'Timeout') x.timeout++;
    }
  }
}

const score = (t: Tally) => (t.valid ? ((100 * (t.killed + t.timeout)) / t.valid).toFixed(1) : '—');
const line = (name: string, t: Tally) =>
  `| ${name} | ${t.valid} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${score(t)} % |`;
const table = [
  '| folder | mutants | killed | timeout | survived | no coverage | score |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...[...tallies.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([f, t]) => line(f, t)),
  line('**all**', total),
].join('\n');

// Every file with a mutant left alive, most first: the lines they sit on and their kinds, to read against the
// HTML report (reports/mutation/mutation.html), which shows each one.
const alive = (m: Mutant) => m.status === 'Survived' || m.status === 'NoCoverage';
const files = Object.entries(report.files)
  .map(([file, { mutants }]) => {
    const left = mutants.filter(alive);
    const kinds = new Map<string, number>();
    for (const m of left) kinds.set(m.mutatorName ?? '?', (kinds.get(m.mutatorName ?? '?') ?? 0) + 1);
    const lines = [...new Set(left.map((m) => m.location?.start.line ?? 0))].sort((a, b) => a - b);
    return { file, left: left.length, kinds, lines };
  })
  .filter((f) => f.left > 0)
  .sort((a, b) => b.left - a.left || a.file.localeCompare(b.file));
const fileTable = [
  '| file | alive | kinds | lines |',
  '|---|---:|---|---|',
  ...files.map(
    (f) =>
      `| \`${f.file}\` | ${f.left} | ${[...f.kinds]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')} | ${f.lines.join(', ')} |`,
  ),
].join('\n');

const doc = readFileSync('tests/MUTATION.md', 'utf8');
const stamped = `<!-- scores -->\n_${new Date().toISOString().slice(0, 10)}_\n\n${table}\n<!-- /scores -->`;
const listed = `<!-- survivors -->\n${fileTable}\n<!-- /survivors -->`;
let out = doc.replace(/<!-- scores -->[\s\S]*<!-- \/scores -->/, stamped);
out = out.includes('<!-- survivors -->')
  ? out.replace(/<!-- survivors -->[\s\S]*<!-- \/survivors -->/, listed)
  : `${out.trimEnd()}\n\n## Every mutant left alive, by file (written by scripts/mutation-scores.ts)\n\n${listed}\n`;
writeFileSync('tests/MUTATION.md', out);
console.log(table);
