// Checks the designer's Elsa JSON round trip: load a file onto the graph, move every node, write it back. Everything
// except the moved positions must be unchanged (unknown fields, customProperties, sizes, connection shapes).
// Usage: node elsa-roundtrip.mjs file.json… → one JSON line per file: {file, flowchart, same, firstDifference}
import { readFileSync } from 'node:fs';
import { toGraph, toDoc } from '../src/designer/elsa.js';

function firstDifference(a, b, path = '$') {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

for (const file of process.argv.slice(2)) {
  const original = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const graph = toGraph(original);
  if (!graph) {
    console.log(JSON.stringify({ file, flowchart: false, same: true, firstDifference: null }));
    continue;
  }
  const moved = graph.nodes.map((n) => ({ ...n, position: { x: n.position.x + 10, y: n.position.y + 20 } }));
  const written = JSON.parse(JSON.stringify(toDoc(original, moved, graph.edges)));
  // The expected document: the original with every activity's designer position moved by (10, 20).
  const expected = JSON.parse(JSON.stringify(original));
  for (const [i, a] of expected.root.activities.entries()) {
    const p = graph.nodes[i].position;
    a.metadata = { ...(a.metadata ?? {}), designer: { ...(a.metadata?.designer ?? {}), position: { x: Math.round(p.x + 10), y: Math.round(p.y + 20) } } };
  }
  const difference = firstDifference(expected, written);
  console.log(JSON.stringify({ file, flowchart: true, same: difference === null, firstDifference: difference }));
}
