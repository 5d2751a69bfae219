import fs from 'node:fs/promises';
import path from 'node:path';
import { faviconOfSvg } from '@/lib/favicon';

/**
 * /favicon.ico, drawn at build time from app/icon.svg. Pages name the SVG icon, but browsers still ask
 * for /favicon.ico by default: Chromium does when a same-document navigation (Back after a client
 * navigation) lands while it is fetching the page's icon, and without this file the static host
 * answers 404.
 */
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  const ico = await faviconOfSvg(await fs.readFile(path.join(process.cwd(), 'app', 'icon.svg')));
  return new Response(new Uint8Array(ico), { headers: { 'Content-Type': 'image/x-icon' } });
}
