/** Where the content editor's script is published, relative to its page at /admin/ (see src/site/integrations/editor.ts). */
export const EDITOR_FOLDER = 'editor';
export const EDITOR_SCRIPT = 'editor.js';
