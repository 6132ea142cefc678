// Writes the published schemas to the repository root; the build runs it, CI checks the result.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaFiles } from '../graphql/print-schemas';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  for (const [file, text] of Object.entries(await printSchemaFiles())) {
    const target = path.join(root, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== text) {
      fs.writeFileSync(target, text);
      console.log(`wrote ${file}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
