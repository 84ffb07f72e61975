// Vite's ambient types (CSS imports, import.meta.env) for every program that includes renderer/,
// including the test tsconfig, which only lists Node's types.
/// <reference types="vite/client" />
