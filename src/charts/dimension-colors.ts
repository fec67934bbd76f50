import { CAUSE_COLOR, CAUSE_GROUP_COLOR } from '../domain/causes.ts';
import { dimensionOrder, type Dimension } from '../query/dimensions.ts';

const PALETTE = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
];
const NULL_COLOR = '#ced4da';

/** Stack order and colours of a dimension's values; causes keep their colour everywhere. */
export function dimensionPalette(
  dim: Dimension,
  present: (string | null)[],
): { domain: (string | null)[]; range: string[] } {
  const domain = dimensionOrder(dim, present);
  const color = (v: string | null, i: number) => {
    if (v === null) return NULL_COLOR;
    if (dim === 'cause') return CAUSE_COLOR[v as keyof typeof CAUSE_COLOR] ?? NULL_COLOR;
    if (dim === 'cause_group') return CAUSE_GROUP_COLOR[v as keyof typeof CAUSE_GROUP_COLOR] ?? NULL_COLOR;
    if (dim === 'major') return v === 'major' ? '#c92a2a' : '#adb5bd';
    return PALETTE[i % PALETTE.length]!;
  };
  return { domain, range: domain.map(color) };
}
