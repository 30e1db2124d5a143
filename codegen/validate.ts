// `tsx codegen/validate.ts`: load and check spec/ without writing anything.
import { loadSpec, SpecError } from './load.js';

try {
  const ir = loadSpec('spec');
  console.log(
    `spec/ ok: ${ir.endpoints.length} endpoints, ${ir.messages.length} messages, ${ir.shapes.length} shapes`,
  );
} catch (err) {
  if (err instanceof SpecError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
