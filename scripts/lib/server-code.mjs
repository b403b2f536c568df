// Lets plain Node (the worker) load the app's server modules: inside Next, `server-only` resolves to an empty
// module on the server; here it is mapped to one too.
import { register } from 'node:module';

const hooks = `export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
  return nextResolve(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
