// Renders a docxtemplater template repeatedly and prints the timings as JSON:
// node render.js TEMPLATE.docx DATA.json WARMUP ITERATIONS OUTPUT.docx
const fs = require("fs");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const [template, dataFile, warmup, iterations, output] = process.argv.slice(2);
const content = fs.readFileSync(template);
const data = JSON.parse(fs.readFileSync(dataFile, "utf8"));

function render() {
  const doc = new Docxtemplater(new PizZip(content), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
}

for (let i = 0; i < Number(warmup); i++) render();
const times = [];
let last = Buffer.alloc(0);
for (let i = 0; i < Number(iterations); i++) {
  const start = process.hrtime.bigint();
  last = render();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
fs.writeFileSync(output, last);
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(JSON.stringify({ p50: at(0.5), p95: at(0.95), bytes: last.length }));
