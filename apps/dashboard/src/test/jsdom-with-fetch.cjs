// jsdom does not provide fetch's classes; Node 20 does. Expose Node's so components run their real
// fetch code path in tests (each test still decides what the network answers).
const JsdomEnvironment = require('jest-environment-jsdom').default;

class JsdomWithFetch extends JsdomEnvironment {
  constructor(...args) {
    super(...args);
    for (const name of [
      'fetch',
      'Response',
      'Request',
      'Headers',
      'ReadableStream',
      'TextEncoder',
      'TextDecoder',
      'AbortController',
      'AbortSignal',
      'structuredClone',
    ]) {
      if (globalThis[name]) this.global[name] = globalThis[name];
    }
  }
}
module.exports = JsdomWithFetch;
