/**
 * The content script's files as WXT builds entrypoints/content. Its styles (the highlight
 * colours) are a file of their own (cssInjectionMode 'manifest'), so whatever runs the script
 * outside the manifest's list must add them too, or its highlights are painted invisible.
 */
export const CONTENT_SCRIPT_FILES = { js: '/content-scripts/content.js', css: '/content-scripts/content.css' } as const;
