import { describe, expect, it } from 'vitest';
import { oncePer } from '../../src/lib/once-per';

describe('oncePer', () => {
  it('calcule une fois par objet, et à nouveau pour un autre objet', () => {
    const seen: (readonly string[])[] = [];
    const sorted = oncePer((list: readonly string[]) => {
      seen.push(list);
      return [...list].sort();
    });
    const first = ['b', 'a'];
    const second = ['d', 'c'];
    expect(sorted(first)).toBe(sorted(first));
    expect(sorted(second)).toEqual(['c', 'd']);
    expect(seen).toEqual([first, second]);
  });

  it('garde un résultat indéfini sans le recalculer', () => {
    let calls = 0;
    const nothing = oncePer<object, undefined>(() => {
      calls += 1;
      return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});
