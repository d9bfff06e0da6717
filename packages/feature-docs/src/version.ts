/**
 * The package version, as a constant rather than read from package.json at
 * run time: the command line also runs as a single-file bundle, with no
 * package.json beside it. A test checks it against package.json.
 */
export const version = '0.1.0'
