// Groups a twiggy `top -f csv` listing of the names-kept release wasm (see
// .ci/size-profile) by where the bytes come from: crate, or for this crate its module,
// with serde's (de)serialisers apart wherever they are instantiated.
// Usage: node .ci/size-groups.mjs top.csv [rows]
import { readFileSync } from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg ?? 25);
const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
// A CSV line of twiggy: Name,ShallowSize,... with Name quoted when it holds a comma.
const parse = (line) => {
  const m = line.match(/^"((?:[^"]|"")*)",(\d+)/) ?? line.match(/^([^,]*),(\d+)/);
  return m ? [m[1].replace(/""/g, '"'), Number(m[2])] : null;
};

// The group of one item (a function, a data segment or a section).
const group = (name) => {
  if (name.startsWith('"function names"') || name.startsWith('"local names"') || name.startsWith('custom section')) return null;
  if (name.startsWith('data segment')) return 'data segments (texts of 3 languages, example texts, tables)';
  if (/^(elem|table|type|import|export|global|memory|code section headers|wasm magic)/.test(name)) return 'wasm structure (tables, types, imports, exports)';
  if (/serde/.test(name)) return 'serde: derived (de)serialisers and serde_json';
  const path = name.replace(/^<+/, '').replace(/^impl /, '').replace(/^&(mut )?/, '').replace(/^\(/, '');
  const parts = path.split('::');
  // `<T as tachys::view::Render>::build`: the trait's crate; `core[c5930c85a12de822]`: core.
  const crate = parts[0].replace(/^\w+ as /, '').replace(/\[[0-9a-f]+\]$/, '');
  if (crate.startsWith('byn$mgfn')) return 'wasm-opt: similar functions merged into one';
  if (crate === 'dsv_studio') {
    const depth = parts[1] === 'ui' && parts[2] === 'pages' ? 4 : 3;
    // Drop the function's own name and hash: the module is what groups.
    const module = parts.slice(0, depth).filter((p) => !/^(h[0-9a-f]{16}|\{\{closure\}\}|_)$/.test(p) && !p.includes('<') && !p.includes(' '));
    return module.join('::');
  }
  if (['core', 'alloc', 'std'].includes(crate)) return `${crate} (mostly generic code monomorphised for this app's closures and types)`;
  if (['leptos', 'tachys', 'reactive_graph', 'leptos_dom', 'leptos_macro', 'or_poisoned', 'any_spawner', 'throw_error', 'oco_ref', 'hydration_context', 'reactive_stores', 'either_of', 'next_tuple', 'send_wrapper', 'slotmap', 'guardian', 'futures_util', 'futures_channel', 'futures_executor', 'futures_core', 'pin_project_lite'].includes(crate)) return `leptos stack: ${crate}`;
  if (/^(wasm_bindgen|js_sys|web_sys|wasm_bindgen_futures|gloo_\w+)$/.test(crate)) return `js glue: ${crate}`;
  if (/^(plotters|plotters_backend|plotters_canvas|plotters_svg)$/.test(crate)) return 'plotters';
  return crate.replace(/<.*/, '');
};

const sums = new Map();
let total = 0;
let names = 0;
for (const line of lines) {
  const item = parse(line);
  if (!item) continue;
  const [name, size] = item;
  if (name.startsWith('Σ') || name.startsWith('...')) continue;
  const g = group(name);
  if (g === null) {
    names += size;
    continue;
  }
  total += size;
  sums.set(g, (sums.get(g) ?? 0) + size);
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`shipped bytes by origin (raw, names left out: ${kib(names)} of names sections; total ${kib(total)}):`);
for (const [g, size] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
  console.log(`${kib(size).padStart(11)} ${(100 * size / total).toFixed(1).padStart(5)}%  ${g}`);
}
