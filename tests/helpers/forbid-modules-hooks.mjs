// Module resolution hooks for forbid-modules.mjs.
let forbidden = [];

export function initialize(names) {
  forbidden = names;
}

export async function resolve(specifier, context, next) {
  if (forbidden.includes(specifier)) throw new Error(`forbidden module imported: ${specifier}`);
  return next(specifier, context);
}
