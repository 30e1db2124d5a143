import { expect, it } from 'vitest';
import { lruCache } from '../../src/clients/lru.js';

it('keeps at most `max` entries, dropping the least recently used', () => {
  const made: string[] = [];
  const get = lruCache(2, (id) => {
    made.push(id);
    return { id };
  });
  const a = get('a');
  get('b');
  expect(get('a')).toBe(a); // a is now the most recent
  get('c'); // evicts b
  expect(get('a')).toBe(a);
  get('b'); // rebuilt
  expect(made).toEqual(['a', 'b', 'c', 'b']);
});
