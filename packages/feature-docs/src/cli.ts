/** The feature-docs command line. */
console.log("stub")
