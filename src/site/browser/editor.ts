// The content editor at /admin/: Sveltia CMS, from its npm package. It reads its configuration from
// the page's link to config.yml. Bundled once for each version, not by every build (see
// src/site/integrations/editor.ts).
import { init } from '@sveltia/cms';

init();
