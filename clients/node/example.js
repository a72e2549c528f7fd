#!/usr/bin/env node
// Compile, diagnose and run a model through the nccd daemon from Node.js, printing one JSON
// document (tests/test_node_client.py checks it against the Python runtime).
//
//   node clients/node/example.js --address unix:///path/daemon.sock --model m.hlo.txt \
//        --broken broken.hlo.txt --artifact-out m.ncx
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const { connect, float32Tensor, PROTOCOL } = require('./nccd');

function args(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  return out;
}

// The inputs the test rebuilds in Python: element i is ((i % 7) - 3) / 4.
const inputValue = (i) => ((i % 7) - 3) / 4;

async function main() {
  const opts = args(process.argv.slice(2));
  const nccd = connect(opts.address, { token: opts.token || null });
  try {
    const hello = await nccd.handshake();
    if (hello.protocol !== PROTOCOL) throw new Error(`daemon speaks protocol ${hello.protocol}, not ${PROTOCOL}`);
    const model = fs.readFileSync(opts.model);
    const { result, stages } = await nccd.compile(model, opts.model, ['--target', opts.target || 'trn1']);
    if (!result.ok) throw new Error(`not compiled: ${result.text}`);
    fs.writeFileSync(opts['artifact-out'], result.artifact);
    const broken = await nccd.diagnose(fs.readFileSync(opts.broken), opts.broken, opts.target || 'trn1');
    const info = await nccd.inspect(result.artifact);
    const inputs = info.inputs.map((spec) => {
      if (spec.dtype !== 'f32') throw new Error(`this example feeds f32 only, not ${spec.dtype}`);
      return float32Tensor(spec.shape, inputValue);
    });
    const ran = await nccd.run(result.artifact, inputs);
    const badRun = await nccd.run(result.artifact, inputs.slice(1));
    console.log(JSON.stringify({
      protocol: hello.protocol,
      stages,
      compile: {
        ok: result.ok, cache: result.cache, module: result.module, target: result.target,
        fingerprint: result.fingerprint, artifact_bytes: result.artifact_bytes,
        artifact_sha256: crypto.createHash('sha256').update(result.artifact).digest('hex'),
      },
      diagnose: {
        ok: broken.ok, errors: broken.errors,
        diagnostics: broken.diagnostics.map((d) => ({
          code: d.code, severity: d.severity, line: d.hlo ? d.hlo.line : 0,
          source_line: d.source ? d.source.line : 0, hint: d.hint,
        })),
      },
      inputs: info.inputs,
      run: {
        ok: ran.ok,
        outputs: ran.outputs.map((t) => ({ dtype: t.dtype, shape: t.shape, data: t.data.toString('base64') })),
      },
      bad_run: { ok: badRun.ok, codes: badRun.diagnostics.map((d) => d.code) },
    }));
  } finally {
    nccd.close();
  }
}

main().catch((error) => {
  console.error(`example.js: ${error.message}`);
  process.exit(1);
});
