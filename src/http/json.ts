// JSON.parse that keeps integers beyond 2^53 exact (WeChat's msgid and order ids): such numbers are
// turned into strings before parsing. Strings in the text are skipped over, so their content is never touched.
const BIG_OR_STRING = /"(?:[^"\\]|\\.)*"|-?\d{16,}(?![\d.eE])/g;

export function parseJson(text: string): unknown {
  if (!/\d{16}/.test(text)) return JSON.parse(text);
  return JSON.parse(
    text.replace(BIG_OR_STRING, (m) => {
      if (m.startsWith('"')) return m;
      return Number.isSafeInteger(Number(m)) ? m : `"${m}"`;
    }),
  );
}
