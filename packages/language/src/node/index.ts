/** What runs only on Node: reading agreements and data files from disk. Loading it first installs the Node 20 polyfills. */
import './node-compat.js';

export * from './agreement-files.js';
export { readDataFile } from './data-files.js';
