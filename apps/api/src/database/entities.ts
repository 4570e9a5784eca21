/** Every TypeORM entity of the API. Classes, not globs (stack.md). */
export const ENTITIES: (new () => object)[] = [];
