import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Reads Stryker's JSON report and writes the mutation score per folder into tests/MUTATION.md, between the
 * `<!-- scores -->` markers. Score = (killed + timeout) / (every mutant that is neither ignored nor a compile error).
 */
interface Mutant {
  status: string;
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

const doc = readFileSync('tests/MUTATION.md', 'utf8');
const stamped = `<!-- scores -->\n_${new Date().toISOString().slice(0, 10)}_\n\n${table}\n<!-- /scores -->`;
writeFileSync('tests/MUTATION.md', doc.replace(/<!-- scores -->[\s\S]*<!-- \/scores -->/, stamped));
console.log(table);
