import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * `@property(options)` for our elements. Lit's own decorator serves both decorator standards and
 * adds about 600 B to every first screen; we compile with the legacy ones (`experimentalDecorators`
 * in tsconfig.json), for which this is all it takes. Named like Lit's, so the custom-elements
 * manifest analyzer reads our properties as it reads Lit's.
 */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: object, name: PropertyKey): void =>
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
