/**
 * Must be the first import of the entry (src/main.tsx), before any schema is
 * built: zod compiles fast parsers with `new Function` when it may, and probes
 * for that permission as each object schema is created. The production
 * Content-Security-Policy forbids eval, and the browser reports the probe as a
 * policy violation even though zod catches the refusal; jitless mode skips
 * both the probe and the compiled parsers.
 */
import { config } from 'zod/mini';

config({ jitless: true });
