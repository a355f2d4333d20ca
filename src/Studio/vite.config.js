import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The node serves the built files from src/Api/wwwroot/studio under /studio/ (see docs/studio.md).
export default defineConfig({
  base: '/studio/',
  build: {
    outDir: fileURLToPath(new URL('../Api/wwwroot/studio', import.meta.url)),
    emptyOutDir: true,
    // The modeler is one large chunk by nature; the warning would fire on every build without telling anything new.
    chunkSizeWarningLimit: 2500,
  },
  resolve: {
    // form-js nests its own preact; two copies crash the editor, so everything must share one.
    dedupe: ['preact'],
  },
  server: {
    // `npm run dev` against a node started with `dotnet run --project src/Silo`.
    proxy: { '/api': 'http://localhost:5080' },
  },
});
