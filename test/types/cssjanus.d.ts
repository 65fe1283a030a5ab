// cssjanus (Wikimedia's CSS flipper, the same rules ResourceLoader applies) ships no types.
declare module 'cssjanus' {
  const cssjanus: { transform(css: string, options?: { transformDirInUrl?: boolean; transformEdgeInUrl?: boolean }): string };
  export default cssjanus;
}
