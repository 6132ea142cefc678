import fs from 'node:fs';
import path from 'node:path';
import { printSchemaFiles } from './print-schemas';

// The checked-in schemas are the published contract; they must match what the code builds.
it('schema files at the repository root are up to date (run `npm run build` to regenerate)', async () => {
  const root = path.resolve(__dirname, '..', '..', '..');
  for (const [file, text] of Object.entries(await printSchemaFiles())) {
    expect({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }).toEqual({ file, text });
  }
});
