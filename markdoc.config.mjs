// @astrojs/markdoc reads this file from the project root; the tags and nodes live in src/markdoc.
export { default } from './src/markdoc/config.ts';
