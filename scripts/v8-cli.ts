// Imported first by the bench and the profile scripts: the `sakip` command's V8 flags (bin/v8-cli.js) set before our
// code and the libraries load (ES modules run in import order), so an in-process round or a worker pool is timed
// under what a user's build runs (until session 8 the bench ran them under V8's defaults).
// @ts-expect-error: plain JavaScript beside bin/sakip.js, no declarations
import { aturV8 } from '../bin/v8-cli.js';

aturV8();
