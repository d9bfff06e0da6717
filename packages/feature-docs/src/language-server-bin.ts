/** The feature-docs language server over stdio. */
export {}
