// The build command configures Eleventy in code (see configure-site.ts); this empty file keeps Eleventy
// from picking up a configuration file of whatever folder the command is run from.
export default function () {}
