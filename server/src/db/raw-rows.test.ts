import { positional, preparedName } from './raw-rows';

describe('positional parameters', () => {
  it('numbers named parameters in order of first use, once each, and leaves casts alone', () => {
    const sql = 'SELECT x::int FROM t WHERE a = :tenantId AND (b ILIKE :pattern OR c ILIKE :pattern) AND d = ANY(:ids::uuid[])';
    expect(positional(sql, { ids: ['i'], pattern: '%p%', tenantId: 't', unused: 1 })).toEqual({
      text: 'SELECT x::int FROM t WHERE a = $1 AND (b ILIKE $2 OR c ILIKE $2) AND d = ANY($3::uuid[])',
      values: ['t', '%p%', ['i']],
    });
  });

  it('refuses a statement with a parameter that has no value', () => {
    expect(() => positional('SELECT 1 WHERE a = :missing', {})).toThrow(/:missing/);
  });

  it('names the same text the same, and another text otherwise', () => {
    expect(preparedName('SELECT 1')).toBe(preparedName('SELECT 1'));
    expect(preparedName('SELECT 1')).not.toBe(preparedName('SELECT 2'));
  });
});
