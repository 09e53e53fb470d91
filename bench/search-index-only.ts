// Pagefind over a built site, alone, for the bench: `node bench/search-index-only.ts <site> [pages per shard]`.
// A script file rather than `node -e`: the index's shards are started with this process's own Node
// options, and `-e` with its code would be one of them, so each shard would run the code again, and so on.
import { buildSearchIndex } from '../src/build/search-index.ts';

await buildSearchIndex(process.argv[2]!, process.argv[3] ? { pagesPerShard: Number(process.argv[3]) } : {});
