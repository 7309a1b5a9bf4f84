/**
 * Architecture rules checked in CI (`npm run lint:deps`).
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "compare-reads-claims-only",
      comment: "The comparison reads claims, never the extraction pipeline: any extractor's claims can be compared.",
      severity: "error",
      from: { path: "^src/compare/" },
      to: { path: "^src/(pipeline|parallel|cli|node)/" },
    },
    {
      name: "shared-code-never-imports-a-pack",
      comment: "Shared code never reaches for one language: packs come in as data (src/lang/index.ts is the registry).",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/lang/" },
      to: { path: "^src/lang/[a-z]{2,3}/" },
    },
    {
      name: "packs-are-data",
      comment: "A language pack is data: it does not import the pipeline, the comparison or another pack.",
      severity: "error",
      from: { path: "^src/lang/([a-z]{2,3})/" },
      to: { path: "^src/(pipeline|compare|report|cli|parallel)/|^src/lang/(?!$1/)[a-z]{2,3}/" },
    },
    {
      name: "core-does-not-load-heavy-entries",
      comment: "The core entry loads no HTML parsing, worker threads or scoring: those live behind claimdiff/html, claimdiff/node, claimdiff/eval.",
      severity: "error",
      from: { path: "^src/index\\.ts$" },
      to: { path: "^src/(html|node|eval)\\.ts$|^src/(parallel|eval|html)/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"], extensions: [".ts", ".js"] },
  },
};
