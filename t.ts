import { typesetPdf } from "./bench/typeset-pdf.js";
import { extractPdf } from "./src/ingest/extract/pdf.js";
const paras = [{text:"Select Committee on Coastal Health", heading:true},{text:"Oral evidence: waiting lists in coastal towns, Tuesday 12 March 2024"}];
for (let i=0;i<30;i++) paras.push({text:`Paragraph ${i} begins here and it continues with considerable deliberation about accountability, transparency, neighbourhood infrastructure and intergenerational responsibilities for everybody concerned in paragraph ${i}.`});
const bytes = await typesetPdf(paras, {title:"Coastal health", header:"Coastal Health Committee — Oral evidence", footer:"Page # of ##", pageNumbers:true, hyphenate:true, linesPerPage: 7});
const r = await extractPdf(bytes);
console.log(r.found, r.pages); console.log(r.text);
for (const p of r.pages) console.log(JSON.stringify(r.text.slice(p, p+40)));
