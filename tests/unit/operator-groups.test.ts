import { describe, expect, it } from 'vitest';
import { inOperatorGroup, operatorGroup, operatorGroupNamed } from '../../src/domain/operator-groups.ts';

describe('operator groups, as people name them', () => {
  it('finds a group by alias, Japanese or English name, folded (width, case, runs of spaces)', () => {
    expect(operatorGroupNamed('ドコモ')?.id).toBe('docomo');
    expect(operatorGroupNamed('  NTT   DOCOMO ')?.id).toBe('docomo');
    expect(operatorGroupNamed('ＮＴＴドコモ')?.id).toBe('docomo');
    expect(operatorGroupNamed('NTT東日本')?.id).toBe('ntt_east');
    // by its English name, which is not among the aliases
    expect(operatorGroupNamed('Okinawa  Cellular')?.id).toBe('okinawa_cellular');
    expect(operatorGroupNamed('NTT West')?.id).toBe('ntt_west');
    expect(operatorGroupNamed('沖縄セルラー電話')?.id).toBe('okinawa_cellular');
    expect(operatorGroupNamed('ドコモ光回線')).toBeUndefined();
    expect(operatorGroupNamed('')).toBeUndefined();
  });

  it('looks a group up by id', () => {
    expect(operatorGroup('kddi')?.en).toBe('KDDI (au)');
    expect(operatorGroup('line')?.ja).toBe('LINE');
    expect(operatorGroup('nope')).toBeUndefined();
  });

  it('tells whether a published operator name belongs to a group, by any of its name fragments', () => {
    const east = operatorGroup('ntt_east')!;
    expect(inOperatorGroup(east, '東日本電信電話株式会社')).toBe(true);
    expect(inOperatorGroup(east, 'NTT  East Corporation')).toBe(true);
    expect(inOperatorGroup(east, '西日本電信電話株式会社')).toBe(false);
    expect(inOperatorGroup(operatorGroup('line')!, 'ＬＩＮＥ株式会社')).toBe(true);
  });
});
