// Reference peer for `entente bench`: the same language-layer work (tokens, sentences, part-of-speech tags,
// entities) done by wink-nlp with its English lite model, over the same JSONL corpus, on one core.
const fs = require('fs');
const readline = require('readline');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

async function main() {
  const file = process.argv[2];
  if (!file) { console.error('usage: node wink-bench.js CORPUS.jsonl'); process.exit(2); }
  const nlp = winkNLP(model);
  const its = nlp.its;
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let tokens = 0, sentences = 0, entities = 0, bytes = 0;
  const start = process.hrtime.bigint();
  for await (const line of lines) {
    if (!line) continue;
    const text = JSON.parse(line).text;
    bytes += text.length;
    const doc = nlp.readDoc(text);
    const pos = doc.tokens().out(its.pos);
    tokens += pos.length;
    sentences += doc.sentences().length();
    entities += doc.entities().length();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`wink-nlp language layer, 1 core: ${tokens.toLocaleString('en-US')} tokens in ${seconds.toFixed(2)} s = ${Math.round(tokens / seconds).toLocaleString('en-US')} tokens/s (${(bytes / 1e6 / seconds).toFixed(1)} MB/s), ${sentences} sentences, ${entities} entities, peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
main().catch(e => { console.error(e); process.exit(1); });
