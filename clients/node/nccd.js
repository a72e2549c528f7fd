// A Node.js client of the nccd daemon's typed gRPC API (proto/ncc/v1/daemon.proto).
//
// What another service does: load the .proto, connect to the daemon's Unix socket (or a TCP
// address with its token), and call Compile / Diagnose / Inspect / Run with typed messages.
// Tensors are raw little-endian bytes with an HLO element type and a shape.
'use strict';

const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const PROTOCOL = 2;
const PROTO = path.join(__dirname, '..', '..', 'proto', 'ncc', 'v1', 'daemon.proto');

function loadApi(protoPath = PROTO) {
  const definition = protoLoader.loadSync(protoPath, {
    keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true,
  });
  return grpc.loadPackageDefinition(definition).ncc.v1;
}

// address: "unix:///run/user/1000/nccd/daemon.sock" or "127.0.0.1:PORT" (then token is required).
function connect(address, { token = null, protoPath = PROTO } = {}) {
  const api = loadApi(protoPath);
  const options = { 'grpc.max_receive_message_length': -1, 'grpc.max_send_message_length': -1 };
  const client = new api.Compiler(address, grpc.credentials.createInsecure(), options);
  const metadata = () => {
    const m = new grpc.Metadata();
    if (token) m.set('x-nccd-token', token);
    return m;
  };
  const unary = (method, request) => new Promise((resolve, reject) => {
    client[method](request, metadata(), (error, reply) => (error ? reject(error) : resolve(reply)));
  });
  return {
    close: () => client.close(),
    handshake: (clientVersion = '') => unary('Handshake', { client_version: clientVersion, protocol: PROTOCOL }),
    diagnose: (content, name, target = 'trn1') => unary('Diagnose', { model: { content, name }, target }),
    inspect: (content) => unary('Inspect', { content }),
    run: (content, inputs) => unary('Run', { content, inputs }),
    status: () => unary('Status', {}),
    // Resolves with { result, stages }: the CompileResult and the progress stages seen on the way.
    compile: (content, name, flags = [], { returnArtifact = true } = {}) => new Promise((resolve, reject) => {
      const stages = [];
      let result = null;
      const call = client.Compile({ model: { content, name }, flags, return_artifact: returnArtifact }, metadata());
      call.on('data', (event) => {
        if (event.progress) stages.push(event.progress.stage);
        if (event.result) result = event.result;
      });
      call.on('error', reject);
      call.on('end', () => (result ? resolve({ result, stages }) : reject(new Error('no result'))));
    }),
  };
}

// A Float32 tensor of `shape` whose i-th element (C order) is f(i).
function float32Tensor(shape, f) {
  const count = shape.reduce((a, b) => a * b, 1);
  const data = Buffer.alloc(count * 4);
  for (let i = 0; i < count; i += 1) data.writeFloatLE(f(i), i * 4);
  return { dtype: 'f32', shape, data };
}

module.exports = { connect, loadApi, float32Tensor, PROTOCOL };
